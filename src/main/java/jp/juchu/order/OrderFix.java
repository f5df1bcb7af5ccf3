package jp.juchu.order;

import java.util.ArrayList;
import java.util.List;

/**
 * An operator's correction before shipping ({@code PUT /api/orders/{id}} and the fix form). Every part is
 * optional: {@code null} keeps the current value; inside {@code orderer}/{@code recipient} a {@code null}
 * field keeps that field, an empty text clears an optional one. Picking a payment or delivery method code
 * resolves its mapping error; {@code manualProgress = false} hands the order back to automatic progress.
 */
public record OrderFix(ContactInput orderer, String email, String paymentMethod, Boolean manualProgress,
                       List<Shipment> shipments) {

    public OrderFix {
        shipments = shipments == null ? new ArrayList<>() : new ArrayList<>(shipments);
    }

    /** Changes to the 送付先 with number {@code seq} (1, 2, …). {@code requestedDate} "" removes the date. */
    public record Shipment(Integer seq, ContactInput recipient, String deliveryMethod, String requestedDate,
                           String requestedTimeSlot) {
    }
}
