package jp.juchu.order;

import java.util.List;

/**
 * An event of a bulk step (an export, a tracking import) for a chunk of orders, published once per chunk instead of
 * once per order. Each order's part gets its own message id, so a redelivered event acts again only where it had not.
 */
public interface OrderChunkEvent {

    String eventId();

    List<Long> orderIds();

    /** The message id of one order's part: a redelivered event yields the same ids again. */
    default String messageId(long orderId) {
        return eventId() + "/" + orderId;
    }
}
