package jp.juchu.order;

import java.time.Instant;

/** An order as the 同梱 screen and API list it: who, where to, how paid, how much. */
public record BundleCandidate(long orderId, String mallOrderNumber, OrderStatus status, String statusLabel,
                              Instant orderedAt, String ordererName, String recipientName, String shippingAddress,
                              String paymentMethodCode, long billedTotal, int lineCount, boolean bundleParent) {

    static BundleCandidate of(Order order) {
        Shipment first = order.getShipments().isEmpty() ? null : order.getShipments().get(0);
        return new BundleCandidate(order.getId(), order.getMallOrderNumber(), order.getStatus(), order.getStatus().label(),
                order.getOrderedAt(), order.getOrderer().name(), first == null ? null : first.getRecipient().name(),
                first == null ? null : first.getRecipient().fullAddress(), order.getPaymentMethodCode(),
                order.getAmounts().billedTotal(),
                order.getShipments().stream().mapToInt(s -> s.getLines().size()).sum(), order.isBundleParent());
    }
}
