package jp.juchu.order;

import java.util.UUID;

/** 保留 was asked for; the order's process puts it on hold beside whatever it waits for. */
public record OrderHoldRequested(String eventId, long orderId) {

    static OrderHoldRequested of(long orderId) {
        return new OrderHoldRequested(UUID.randomUUID().toString(), orderId);
    }
}
