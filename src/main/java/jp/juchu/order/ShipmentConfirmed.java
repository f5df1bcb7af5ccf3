package jp.juchu.order;

import java.util.List;
import java.util.UUID;

/** 出荷確定: the carrier took the orders' parcels (tracking numbers known) (→ 出荷済 and the post-shipment steps). */
public record ShipmentConfirmed(String eventId, List<Long> orderIds) implements OrderChunkEvent {

    public ShipmentConfirmed {
        orderIds = List.copyOf(orderIds);
    }

    static ShipmentConfirmed of(List<Long> orderIds) {
        return new ShipmentConfirmed(UUID.randomUUID().toString(), orderIds);
    }
}
