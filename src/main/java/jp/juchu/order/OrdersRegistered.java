package jp.juchu.order;

import java.util.List;
import java.util.UUID;

/**
 * New orders (新規受付) of one chunk of an import, announced together instead of one {@link OrderRegistered} each; the
 * process orchestration starts their instances (starting is idempotent per order, so a redelivery starts only the
 * ones it had not).
 */
public record OrdersRegistered(String eventId, long shopId, List<Long> orderIds) implements OrderChunkEvent {

    public OrdersRegistered {
        orderIds = List.copyOf(orderIds);
    }

    static OrdersRegistered of(long shopId, List<Long> orderIds) {
        return new OrdersRegistered(UUID.randomUUID().toString(), shopId, orderIds);
    }
}
