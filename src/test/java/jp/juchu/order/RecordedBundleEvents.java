package jp.juchu.order;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Collects the {@link OrderBundled} events published in tests. */
@Component
class RecordedBundleEvents {

    final List<OrderBundled> received = new CopyOnWriteArrayList<>();

    @EventListener
    void on(OrderBundled event) {
        received.add(event);
    }
}
