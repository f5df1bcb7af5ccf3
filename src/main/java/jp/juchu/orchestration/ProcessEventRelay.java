package jp.juchu.orchestration;

import java.util.Map;
import jp.juchu.order.OrderBundled;
import jp.juchu.order.OrderBook;
import jp.juchu.order.OrderCancelled;
import jp.juchu.order.OrderChecks;
import jp.juchu.order.OrderHoldRequested;
import jp.juchu.order.OrderRegistered;
import jp.juchu.order.OrdersRegistered;
import jp.juchu.order.OrderReleaseRequested;
import jp.juchu.order.ShipmentConfirmed;
import jp.juchu.order.ShippingInstructed;
import jp.juchu.order.TrackingFileGenerated;
import jp.juchu.payment.CreditResultReceived;
import jp.juchu.payment.PaymentReconciled;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Async;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.stereotype.Component;

/**
 * Turns the domain's events into process commands. The events arrive through Spring Modulith's publication
 * registry after the domain's transaction committed; a failure here leaves the publication incomplete and it is
 * delivered again ({@link EventRedelivery}), so nothing a domain module decided is lost on the way to the engine.
 */
@Component
class ProcessEventRelay {

    private final OrderProcess process;
    private final OrderChecks checks;
    private final OrderBook orders;

    ProcessEventRelay(OrderProcess process, OrderChecks checks, OrderBook orders) {
        this.process = process;
        this.checks = checks;
        this.orders = orders;
    }

    /** An order registered already closed (a mall cancellation imported as キャンセル) needs no process. */
    @ApplicationModuleListener
    void on(OrderRegistered event) {
        startUnlessClosed(event.orderId(), event.shopId());
    }

    /**
     * The new orders of an import chunk, started one after another on an event thread. Not one transaction around
     * them: each start commits its claim together with the instance it created, so a redelivery after a failure
     * part-way starts only the rest.
     */
    @Async
    @TransactionalEventListener
    void on(OrdersRegistered event) {
        event.orderIds().forEach(id -> startUnlessClosed(id, event.shopId()));
    }

    private void startUnlessClosed(long orderId, long shopId) {
        if (!orders.require(orderId).getStatus().isClosed()) {
            process.start(orderId, shopId);
        }
    }

    @ApplicationModuleListener
    void on(OrderCancelled event) {
        process.publish(ProcessMessage.ORDER_CANCELLED, event.orderId(), event.eventId(), Map.of());
    }

    @ApplicationModuleListener
    void on(OrderHoldRequested event) {
        process.publish(ProcessMessage.ORDER_HELD, event.orderId(), event.eventId(), Map.of());
    }

    @ApplicationModuleListener
    void on(OrderReleaseRequested event) {
        process.publish(ProcessMessage.ORDER_RELEASED, event.orderId(), event.eventId(), Map.of());
    }

    /**
     * 同梱: the child's process ends as 同梱済 (a child is bundled once, so its id identifies the message); the
     * parent's checks run again on the merged order so any new flag shows.
     */
    @ApplicationModuleListener
    void on(OrderBundled event) {
        process.publish(ProcessMessage.ORDER_BUNDLED, event.childOrderId(), "order-bundled-" + event.childOrderId(), Map.of());
        checks.run(event.parentOrderId());
    }

    /** An order is paid once (one payment record per order), so its id identifies the message. */
    @ApplicationModuleListener
    void on(PaymentReconciled event) {
        process.publish(ProcessMessage.PAYMENT_RECONCILED, event.orderId(), "payment-reconciled-" + event.orderId(), Map.of());
    }

    /** 与信結果 (API answer or CSV import); the same result for the same order is one message. */
    @ApplicationModuleListener
    void on(CreditResultReceived event) {
        Map<String, Object> variables = new java.util.HashMap<>();
        variables.put("creditResult", event.result().name());
        variables.put("creditReason", event.reason());
        process.publish(ProcessMessage.CREDIT_RESULT, event.orderId(),
                "credit-result-" + event.orderId() + "-" + event.result() + "-" + java.util.Objects.hashCode(event.reason()), variables);
    }

    /**
     * One event per chunk of an export, relayed on the single bulk thread ({@link EventRedelivery#bulkProcessEvents}); a
     * redelivery after a partial failure publishes the same message ids again.
     */
    @Async(EventRedelivery.BULK_EVENTS)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    @TransactionalEventListener
    void on(ShippingInstructed event) {
        event.orderIds().forEach(id -> process.publish(ProcessMessage.SHIPPING_INSTRUCTED, id, event.messageId(id), Map.of()));
    }

    @Async(EventRedelivery.BULK_EVENTS)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    @TransactionalEventListener
    void on(ShipmentConfirmed event) {
        event.orderIds().forEach(id -> process.publish(ProcessMessage.SHIPMENT_CONFIRMED, id, event.messageId(id), Map.of()));
    }

    @ApplicationModuleListener
    void on(TrackingFileGenerated event) {
        process.publish(ProcessMessage.TRACKING_FILE_GENERATED, event.orderId(), event.eventId(), Map.of());
    }
}
