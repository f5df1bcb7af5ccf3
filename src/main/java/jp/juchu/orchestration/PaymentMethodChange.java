package jp.juchu.orchestration;

import java.util.List;
import java.util.Objects;
import jp.juchu.order.OrderBook;
import jp.juchu.order.OrderCorrections;
import jp.juchu.order.OrderFix;
import org.springframework.stereotype.Component;

/** 与信NG対応 → 支払方法変更: the method the operator chose in the form becomes the order's before the checks re-run. */
@Component
class PaymentMethodChange {

    private final OrderBook orders;
    private final OrderCorrections corrections;

    PaymentMethodChange(OrderBook orders, OrderCorrections corrections) {
        this.orders = orders;
        this.corrections = corrections;
    }

    void applyIfChanged(long orderId, String newPaymentMethod) {
        if (newPaymentMethod == null || newPaymentMethod.isBlank()
                || Objects.equals(orders.require(orderId).getPaymentMethodCode(), newPaymentMethod)) {
            return;
        }
        corrections.fix(orderId, new OrderFix(null, null, newPaymentMethod, null, List.of()));
    }
}
