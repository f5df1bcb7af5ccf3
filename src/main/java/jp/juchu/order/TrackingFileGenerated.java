package jp.juchu.order;

import java.util.UUID;

/** 荷物番号連携 by file: the order's 荷物番号 went into a mall upload file (R荷物, A出荷, …), so its process goes on. */
public record TrackingFileGenerated(String eventId, long orderId) {

    static TrackingFileGenerated of(long orderId) {
        return new TrackingFileGenerated(UUID.randomUUID().toString(), orderId);
    }
}
