package jp.juchu.order;

import java.util.List;
import java.util.UUID;

/** 出荷指示: the orders' shipping instructions were exported for the carrier software (→ 出荷中). */
public record ShippingInstructed(String eventId, List<Long> orderIds) implements OrderChunkEvent {

    public ShippingInstructed {
        orderIds = List.copyOf(orderIds);
    }

    static ShippingInstructed of(List<Long> orderIds) {
        return new ShippingInstructed(UUID.randomUUID().toString(), orderIds);
    }
}
