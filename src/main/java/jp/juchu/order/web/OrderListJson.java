package jp.juchu.order.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import jp.juchu.order.CheckFlag;
import jp.juchu.order.OrderPage;
import jp.juchu.order.OrderStatus;
import jp.juchu.order.OrderSummary;

/** {@code GET /api/orders}: a page of rows, the total, and the count per status for the tabs. */
record OrderListJson(List<Row> items, long total, int page, int size, Map<OrderStatus, Long> counts) {

    static OrderListJson of(OrderPage page) {
        return new OrderListJson(page.items().stream().map(Row::of).toList(), page.total(), page.page(), page.size(), page.counts());
    }

    record Row(long id, String shop, String mallOrderNumber, OrderStatus status, String statusLabel, Instant orderedAt,
               String ordererName, String paymentMethod, long total, List<CheckFlag> flags, List<String> tags) {

        static Row of(OrderSummary s) {
            return new Row(s.id(), s.shop(), s.mallOrderNumber(), s.status(), s.status().label(), s.orderedAt(),
                    s.ordererName(), s.paymentMethod(), s.total(), s.flags(), s.tags());
        }
    }
}
