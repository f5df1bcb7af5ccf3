package jp.juchu.order;

import java.util.UUID;

/**
 * An operator or the mall cancelled the order; its process cancels a registered 後払い transaction and closes
 * it as キャンセル. {@code eventId} makes a redelivered event recognisable downstream.
 */
public record OrderCancelled(String eventId, long orderId, String reason) {

    static OrderCancelled of(long orderId, String reason) {
        return new OrderCancelled(UUID.randomUUID().toString(), orderId, reason);
    }
}
