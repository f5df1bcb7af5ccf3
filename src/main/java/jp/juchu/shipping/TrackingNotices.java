package jp.juchu.shipping;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.juchu.mall.TrackingNotice;
import jp.juchu.order.Order;
import jp.juchu.order.OrderBook;
import jp.juchu.order.OrderLine;
import jp.juchu.order.Shipment;
import jp.juchu.shop.CarrierRef;
import jp.juchu.shop.DeliverySettings;
import org.springframework.stereotype.Component;

/**
 * What the malls are told about a shipped order's parcels (API push or upload file): one notice for the order and one
 * for each order bundled into it (同梱の子受注), which the mall still knows as an order of its own — the child gets the
 * parent's parcels under its own 注文番号 and 送付先ID (同梱 needs one 送付先 on both sides).
 */
@Component
public class TrackingNotices {

    /** A notice and the order it is about (for its history). */
    public record OrderNotice(long orderId, TrackingNotice notice) {
    }

    private final DeliverySettings delivery;
    private final OrderBook orders;

    TrackingNotices(DeliverySettings delivery, OrderBook orders) {
        this.delivery = delivery;
        this.orders = orders;
    }

    public List<OrderNotice> of(Order shipped) {
        Map<String, CarrierRef> carriers = delivery.carriers().stream()
                .collect(Collectors.toMap(CarrierRef::code, Function.identity(), (a, b) -> a));
        List<OrderNotice> notices = new ArrayList<>();
        notices.add(new OrderNotice(shipped.getId(), new TrackingNotice(shipped.getMallOrderNumber(), shipped.getShipments().stream()
                .filter(Shipment::hasTracking)
                .map(s -> notice(s.getMallShipmentId(), s, carriers))
                .toList())));
        Shipment parcels = shipped.getShipments().get(0);
        for (Order child : bundled(shipped)) {
            notices.add(new OrderNotice(child.getId(), new TrackingNotice(child.getMallOrderNumber(), child.getShipments().stream()
                    .map(own -> notice(own.getMallShipmentId(), parcels, carriers))
                    .toList())));
        }
        return notices;
    }

    private List<Order> bundled(Order order) {
        List<Long> ids = order.getShipments().stream().flatMap(s -> s.getLines().stream()).map(OrderLine::getBundledFromOrderId)
                .filter(Objects::nonNull).distinct().toList();
        return ids.isEmpty() ? List.of() : orders.requireAll(ids);
    }

    private static TrackingNotice.ShipmentNotice notice(String mallShipmentId, Shipment shipment, Map<String, CarrierRef> carriers) {
        CarrierRef carrier = shipment.getCarrierCode() == null ? null : carriers.get(shipment.getCarrierCode());
        List<String> numbers = shipment.trackingNumbers();
        String url = carrier == null || numbers.isEmpty() ? null : carrier.trackingUrl(numbers.get(0)).orElse(null);
        return new TrackingNotice.ShipmentNotice(mallShipmentId, shipment.getCarrierCode() == null ? "OTHER" : shipment.getCarrierCode(),
                carrier == null ? "その他" : carrier.name(), numbers, shipment.getShippedOn(), url);
    }
}
