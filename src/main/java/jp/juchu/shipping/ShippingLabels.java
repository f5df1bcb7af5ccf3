package jp.juchu.shipping;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.juchu.order.Contact;
import jp.juchu.order.Order;
import jp.juchu.order.OrderLine;
import jp.juchu.order.Shipment;
import jp.juchu.shop.DeliveryMethodRef;
import jp.juchu.shop.DeliverySettings;
import jp.juchu.shop.ShopRef;
import jp.juchu.shop.StoreProfile;
import jp.juchu.shop.StoreProfiles;
import org.springframework.stereotype.Component;

/**
 * Builds the {@link ShippingLabel}s of orders: one per shipment, with the ご依頼主 from 店舗プロフィール (named as the
 * shop, which is what the customer ordered from), the 配送方法's carrier and service, and the 代引 amount on the
 * first shipment only (the carrier collects once per order).
 */
@Component
class ShippingLabels {

    private final DeliverySettings delivery;
    private final StoreProfiles profiles;
    private final CarrierAccounts accounts;

    ShippingLabels(DeliverySettings delivery, StoreProfiles profiles, CarrierAccounts accounts) {
        this.delivery = delivery;
        this.profiles = profiles;
        this.accounts = accounts;
    }

    /** What the labels of one export share: methods, sender and accounts are read once. */
    Batch batch() {
        Map<String, DeliveryMethodRef> methods = delivery.methods().stream()
                .collect(Collectors.toMap(DeliveryMethodRef::code, Function.identity()));
        return new Batch(methods, profiles.current(), accounts.all());
    }

    final class Batch {

        private final Map<String, DeliveryMethodRef> methods;
        private final StoreProfile profile;
        private final Map<String, CarrierAccount> carrierAccounts;

        private Batch(Map<String, DeliveryMethodRef> methods, StoreProfile profile, Map<String, CarrierAccount> carrierAccounts) {
            this.methods = methods;
            this.profile = profile;
            this.carrierAccounts = carrierAccounts;
        }

        List<ShippingLabel> labels(Order order, ShopRef shop, LocalDate plannedShipDate, Map<Long, String> bundledNumbers) {
            return order.getShipments().stream()
                    .map(shipment -> label(order, shipment, shop, plannedShipDate, bundledNumbers))
                    .toList();
        }

        private ShippingLabel label(Order order, Shipment shipment, ShopRef shop, LocalDate plannedShipDate,
                                    Map<Long, String> bundledNumbers) {
            DeliveryMethodRef method = shipment.getDeliveryMethodCode() == null ? null : methods.get(shipment.getDeliveryMethodCode());
            String carrierCode = method == null ? null : method.carrier().code();
            boolean first = shipment.getSeq() == order.getShipments().get(0).getSeq();
            boolean cod = first && "COD".equals(order.getPaymentCategory());
            long codAmount = cod ? order.getAmounts().billedTotal() : 0;
            long codTax = cod ? containedTax(order, codAmount) : 0;
            return new ShippingLabel(order.getId(), order.getMallOrderNumber(), shop.code(), shop.name(), shop.mall(),
                    order.getOrderedAt(), shipment.getId(), shipment.getSeq(), String.valueOf(shipment.getId()),
                    party(shipment.getRecipient()), sender(shop), party(order.getOrderer()), order.getOrdererEmail(),
                    carrierCode, method == null ? null : method.serviceType(),
                    method == null ? text(shipment.getDeliveryMethodRaw()) : method.name(),
                    text(order.getPaymentMethodRaw() != null ? order.getPaymentMethodRaw() : order.getPaymentMethodCode()),
                    cod, codAmount, codTax, shipment.getGoodsTotal(), shipment.getShippingFee(), shipment.getCodFee(),
                    first ? order.getAmounts().billedTotal() : 0,
                    plannedShipDate, shipment.getRequestedDate(), shipment.getRequestedTimeSlot(), text(shipment.getNoshi()),
                    order.isGiftRequested(), text(order.getComments()), text(order.getShopMemo()),
                    bundleNote(shipment, bundledNumbers), items(shipment),
                    carrierCode == null ? CarrierAccount.NONE : carrierAccounts.getOrDefault(carrierCode, CarrierAccount.NONE));
        }

        private LabelParty sender(ShopRef shop) {
            String street = (profile.address2() + " " + profile.address3()).strip();
            return new LabelParty(shop.name(), "", profile.postalCode(), "", profile.address1(), street, profile.phone());
        }
    }

    /** 同梱: the label names the mall order numbers merged into this shipment, so the packer checks all of them. */
    private static String bundleNote(Shipment shipment, Map<Long, String> bundledNumbers) {
        Set<String> numbers = new LinkedHashSet<>();
        for (OrderLine line : shipment.getLines()) {
            if (line.getBundledFromOrderId() != null) {
                numbers.add(bundledNumbers.getOrDefault(line.getBundledFromOrderId(), String.valueOf(line.getBundledFromOrderId())));
            }
        }
        return numbers.isEmpty() ? "" : "同梱:" + String.join(",", numbers);
    }

    /** The consumption tax contained in the amount collected: the order's own tax when it has one, else 10/110. */
    private static long containedTax(Order order, long amount) {
        long tax = order.getAmounts().tax8() + order.getAmounts().tax10();
        return tax > 0 ? tax : amount * 10 / 110;
    }

    private static List<LabelItem> items(Shipment shipment) {
        return shipment.getLines().stream()
                .map(l -> new LabelItem(l.getItemId(), l.getItemNumber(), l.getItemName(), l.getOptions(), l.getUnitPrice(), l.getQuantity()))
                .toList();
    }

    private static LabelParty party(Contact contact) {
        if (contact == null) {
            return new LabelParty("", "", "", "", "", "", "");
        }
        return new LabelParty(contact.name(), contact.kana(), contact.postalCode(), contact.prefecture(), contact.address1(),
                contact.address2(), contact.phone());
    }

    private static String text(String value) {
        return Objects.requireNonNullElse(value, "");
    }
}
