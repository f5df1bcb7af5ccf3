package jp.juchu.order.web;

import java.util.Comparator;
import jp.juchu.order.Contact;
import jp.juchu.order.Order;
import jp.juchu.order.OrderBook;
import jp.juchu.order.OrderCorrections;
import jp.juchu.order.OrderLine;
import jp.juchu.order.Shipment;
import jp.juchu.shop.DeliveryMethodRef;
import jp.juchu.shop.MethodMappings;
import jp.juchu.shop.PaymentMethodRef;
import jp.juchu.shop.ShopDirectory;
import org.springframework.stereotype.Component;

/** Builds {@link OrderView}s with the names of shop and methods. */
@Component
class OrderViews {

    private final OrderBook book;
    private final ShopDirectory shops;
    private final MethodMappings methods;

    OrderViews(OrderBook book, ShopDirectory shops, MethodMappings methods) {
        this.book = book;
        this.shops = shops;
        this.methods = methods;
    }

    OrderView detail(long id) {
        Order order = book.require(id);
        OrderView.Shop shop = shops.findById(order.getShopId())
                .map(s -> new OrderView.Shop(s.code(), s.name())).orElse(new OrderView.Shop(null, null));
        String paymentName = methods.paymentMethod(order.getPaymentMethodCode()).map(PaymentMethodRef::name).orElse(null);
        return new OrderView(order.getId(), shop, order.getMallOrderNumber(), order.getSource().label(), order.getStatus(),
                order.getStatus().label(), order.getOrderedAt(), order.getMallStatusRaw(), order.isManualProgress(),
                order.getStatus().isBeforeShipping(), person(order.getOrderer()), order.getOrdererEmail(),
                new OrderView.Method(order.getPaymentMethodCode(), paymentName, order.getPaymentMethodRaw()),
                order.getPaymentCategory(), order.getAmounts(), order.isGiftRequested(), order.getWrapping(), order.getComments(),
                order.getShopMemo(), order.isMallConfirming(), order.getMallWarning(), order.isRemoteIsland(),
                order.getShipments().stream().map(this::shipment).toList(),
                order.getFlags().stream()
                        .sorted(Comparator.comparing(f -> f.flag().ordinal()))
                        .map(f -> new OrderView.FlagView(f.flag(), f.flag().label(), f.reason(), f.flag().fixAction(),
                                f.flag().isBlocking(), OrderCorrections.RELEASED_BY_PERSON.contains(f.flag()), f.raisedAt()))
                        .toList(),
                order.getTags().stream().sorted().toList(),
                book.history(id).stream()
                        .map(h -> new OrderView.HistoryView(h.getOccurredAt(), h.getActor(), h.getKind(), h.getText())).toList());
    }

    private OrderView.ShipmentView shipment(Shipment s) {
        String name = methods.deliveryMethod(s.getDeliveryMethodCode()).map(DeliveryMethodRef::name).orElse(null);
        return new OrderView.ShipmentView(s.getSeq(), person(s.getRecipient()),
                new OrderView.Method(s.getDeliveryMethodCode(), name, s.getDeliveryMethodRaw()), s.getRequestedDate(),
                s.getRequestedTimeSlot(), s.getNoshi(), s.getShippingFee(), s.getCodFee(), s.getGoodsTotal(),
                s.getLines().stream().map(OrderViews::line).toList(), s.getId(), s.getCarrierCode(), s.getPlannedShipOn(),
                s.getShippedOn(), s.trackingNumbers());
    }

    private static OrderView.LineView line(OrderLine l) {
        return new OrderView.LineView(l.getSeq(), l.getItemId(), l.getItemNumber(), l.getItemName(), l.getOptions(),
                l.getUnitPrice(), l.getQuantity(), l.getTaxRate(), l.getSubtotal());
    }

    private static OrderView.Person person(Contact c) {
        return c == null ? null : new OrderView.Person(c.name(), c.kana(), c.postalCode(), c.prefecture(), c.address1(),
                c.address2(), c.phone());
    }
}
