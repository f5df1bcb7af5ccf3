package jp.juchu.shipping;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.juchu.mall.TrackingNotice;
import jp.juchu.order.Order;
import jp.juchu.order.Shipment;
import jp.juchu.shop.CarrierRef;
import jp.juchu.shop.DeliverySettings;
import org.springframework.stereotype.Component;

/** What a mall is told about an order's parcels (API push or upload file): its tracked shipments. */
@Component
public class TrackingNotices {

    private final DeliverySettings delivery;

    TrackingNotices(DeliverySettings delivery) {
        this.delivery = delivery;
    }

    public TrackingNotice of(Order order) {
        Map<String, CarrierRef> carriers = delivery.carriers().stream()
                .collect(Collectors.toMap(CarrierRef::code, Function.identity()));
        return new TrackingNotice(order.getMallOrderNumber(), order.getShipments().stream()
                .filter(Shipment::hasTracking)
                .map(s -> notice(s, carriers))
                .toList());
    }

    private static TrackingNotice.ShipmentNotice notice(Shipment shipment, Map<String, CarrierRef> carriers) {
        CarrierRef carrier = shipment.getCarrierCode() == null ? null : carriers.get(shipment.getCarrierCode());
        String first = shipment.trackingNumbers().get(0);
        return new TrackingNotice.ShipmentNotice(shipment.getMallShipmentId(),
                shipment.getCarrierCode() == null ? "OTHER" : shipment.getCarrierCode(),
                carrier == null ? "その他" : carrier.name(), shipment.trackingNumbers(), shipment.getShippedOn(),
                carrier == null ? null : carrier.trackingUrl(first).orElse(null));
    }
}
