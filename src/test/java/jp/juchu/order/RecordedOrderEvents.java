package jp.juchu.order;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Collects the order events published in tests. */
@Component
class RecordedOrderEvents {

    final List<OrderRegistered> received = new CopyOnWriteArrayList<>();

    @EventListener
    void on(OrderRegistered event) {
        received.add(event);
    }
}
