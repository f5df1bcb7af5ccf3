package jp.juchu.orchestration;

import java.util.Map;
import jp.juchu.core.ConflictException;
import jp.juchu.core.InvalidInputException;
import jp.juchu.order.Order;
import jp.juchu.order.OrderBook;
import jp.juchu.order.OrderStatus;
import org.springframework.stereotype.Service;

/**
 * 進捗変更 by an operator, as TEMPOSTAR does it: the order moves to the chosen status and stays on 手動 progress,
 * and its process moves its token to where that status waits (process instance modification). 保留 and
 * キャンセル go through their own messages, 同梱済 only through 同梱.
 */
@Service
public class ProgressChange {

    /** Where the process waits (or continues) for an order in each status. */
    private static final Map<OrderStatus, String> WAITS_AT = Map.of(
            OrderStatus.NEW, "check-order",
            OrderStatus.REVIEW, "review-order",
            OrderStatus.AWAITING_PAYMENT, "reconcile-payment",
            OrderStatus.READY_TO_SHIP, "wait-shipping-instructed",
            OrderStatus.SHIPPING, "wait-shipment-confirmed",
            OrderStatus.SHIPPED, "push-tracking");

    private final OrderBook orders;
    private final OrderProcess process;

    ProgressChange(OrderBook orders, OrderProcess process) {
        this.orders = orders;
        this.process = process;
    }

    public void change(long orderId, OrderStatus target, String actor) {
        Order order = orders.require(orderId);
        switch (target) {
            case CANCELLED -> orders.requestCancellation(orderId, actor, "進捗変更でキャンセル");
            case ON_HOLD -> orders.requestHold(orderId, actor);
            case BUNDLED -> throw new InvalidInputException("status", "同梱済へは「同梱」で変更してください");
            case COMPLETED -> {
                requireAllowed(order, target);
                orders.moveManually(orderId, target);
                process.cancelInstance(orderId);
            }
            default -> {
                requireAllowed(order, target);
                if (process.instanceOf(orderId).isEmpty()) {
                    throw new ConflictException("no_process", "status", "受注 " + orderId + " のプロセスがまだ開始されていません");
                }
                process.moveTokenTo(orderId, WAITS_AT.get(target));
                orders.moveManually(orderId, target);
            }
        }
    }

    private static void requireAllowed(Order order, OrderStatus target) {
        if (!order.getStatus().canMoveTo(target)) {
            throw new ConflictException("status_transition", "status",
                    "受注進捗を「" + order.getStatus().label() + "」から「" + target.label() + "」には変更できません");
        }
    }
}
