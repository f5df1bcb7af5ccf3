package jp.juchu.order;

import java.util.UUID;

/** 出荷指示: the order's shipping instructions were exported for the carrier software (→ 出荷中). */
public record ShippingInstructed(String eventId, long orderId) {

    static ShippingInstructed of(long orderId) {
        return new ShippingInstructed(UUID.randomUUID().toString(), orderId);
    }
}
