package jp.juchu.payment;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Collects the payment events published in tests (a component of the one shared test context). */
@Component
class RecordedPaymentEvents {

    final List<PaymentReconciled> reconciled = new CopyOnWriteArrayList<>();
    final List<CreditResultReceived> credits = new CopyOnWriteArrayList<>();

    @EventListener
    void on(PaymentReconciled event) {
        reconciled.add(event);
    }

    @EventListener
    void on(CreditResultReceived event) {
        credits.add(event);
    }

    List<PaymentReconciled> reconciledFor(long orderId) {
        return reconciled.stream().filter(e -> e.orderId() == orderId).toList();
    }

    List<CreditResultReceived> creditsFor(long orderId) {
        return credits.stream().filter(e -> e.orderId() == orderId).toList();
    }
}
