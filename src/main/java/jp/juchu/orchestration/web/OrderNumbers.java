package jp.juchu.orchestration.web;

import java.util.HashMap;
import java.util.Map;
import jp.juchu.order.Order;
import jp.juchu.order.OrderBook;

/** 受注番号 by order id for one page, each order looked up once. */
final class OrderNumbers {

    private final OrderBook orders;
    private final Map<Long, String> numbers = new HashMap<>();

    OrderNumbers(OrderBook orders) {
        this.orders = orders;
    }

    /** The mall order number, or {@code null} when the order is unknown (e.g. deleted with its shop). */
    String of(Long orderId) {
        if (orderId == null) {
            return null;
        }
        return numbers.computeIfAbsent(orderId, id -> orders.find(id).map(Order::getMallOrderNumber).orElse(null));
    }
}
