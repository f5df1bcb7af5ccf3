package jp.juchu.payment;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import jp.juchu.core.TrackingNumbers;
import jp.juchu.order.Order;
import jp.juchu.order.Shipment;
import jp.juchu.shop.DeliveryMethodRef;
import jp.juchu.shop.ServiceType;

/**
 * What a 出荷報告 tells the 後払い service about an order's parcel: the first 送付先 with 荷物番号, its carrier
 * (from 出荷確定, else the 配送方法's), the 配送方法's service and the first number.
 *
 * @param number the 荷物番号 as recorded: a carrier's number, or the 指定文字列 of an untracked メール便
 */
record ShipmentSlip(int shipmentSeq, String carrierCode, ServiceType service, String number) {

    static final String UNKNOWN_CARRIER = "OTHER";

    static Optional<ShipmentSlip> of(Order order, Function<String, Optional<DeliveryMethodRef>> methods) {
        for (Shipment shipment : order.getShipments()) {
            List<String> numbers = shipment.trackingNumbers().stream().filter(n -> n != null && !n.isBlank()).toList();
            if (numbers.isEmpty()) {
                continue;
            }
            Optional<DeliveryMethodRef> method = shipment.getDeliveryMethodCode() == null ? Optional.empty()
                    : methods.apply(shipment.getDeliveryMethodCode());
            String carrier = shipment.getCarrierCode() != null ? shipment.getCarrierCode()
                    : method.map(DeliveryMethodRef::carrier).map(c -> c.code()).orElse(UNKNOWN_CARRIER);
            return Optional.of(new ShipmentSlip(shipment.getSeq(), carrier, method.map(DeliveryMethodRef::serviceType).orElse(null),
                    numbers.get(0)));
        }
        return Optional.empty();
    }

    boolean trackable() {
        return TrackingNumbers.isTrackable(number);
    }

    /** A carrier's number without separators; a placeholder text as it is, cut to {@code limit}. */
    String slipNo(int limit) {
        if (trackable()) {
            return TrackingNumbers.normalize(number);
        }
        String text = number.strip();
        return text.length() <= limit ? text : text.substring(0, limit);
    }
}
