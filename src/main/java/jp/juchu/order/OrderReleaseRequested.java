package jp.juchu.order;

import java.util.UUID;

/** 保留解除 was asked for; the order's process returns it to the status it would have now. */
public record OrderReleaseRequested(String eventId, long orderId) {

    static OrderReleaseRequested of(long orderId) {
        return new OrderReleaseRequested(UUID.randomUUID().toString(), orderId);
    }
}
