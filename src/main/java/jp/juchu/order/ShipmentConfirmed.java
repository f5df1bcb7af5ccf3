package jp.juchu.order;

import java.util.UUID;

/** 出荷確定: the carrier took the parcels (tracking numbers known) (→ 出荷済 and the post-shipment steps). */
public record ShipmentConfirmed(String eventId, long orderId) {

    static ShipmentConfirmed of(long orderId) {
        return new ShipmentConfirmed(UUID.randomUUID().toString(), orderId);
    }
}
