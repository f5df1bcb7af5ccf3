package jp.juchu.mail;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.juchu.core.TrackingNumbers;
import jp.juchu.order.Contact;
import jp.juchu.order.Order;
import jp.juchu.order.OrderAmounts;
import jp.juchu.order.OrderLine;
import jp.juchu.order.Shipment;
import jp.juchu.shop.CarrierRef;
import jp.juchu.shop.DeliveryMethodRef;
import jp.juchu.shop.MailPlaceholders;
import jp.juchu.shop.PaymentMethodRef;

/**
 * The 差込項目 values of one order, in the shapes {@link jp.juchu.shop.MailTemplateRenderer} expects. Amounts are
 * yen with thousands separators; dates are Japanese dates. Values the order does not know yet (支払期限; 出荷予定日
 * before 出荷指示; 出荷日, 荷物番号, 追跡URL before 出荷確定) print empty. 荷物番号 and 追跡URL list every parcel:
 * the numbers of one 送付先 comma separated, each 送付先 on its own line; one tracking URL per line, none for the
 * 指定文字列 of an untracked メール便.
 */
final class OrderMailValues {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final Function<String, Optional<PaymentMethodRef>> paymentMethods;
    private final Function<String, Optional<DeliveryMethodRef>> deliveryMethods;
    private final Function<String, Optional<CarrierRef>> carriers;
    private final ZoneId zone;

    OrderMailValues(Function<String, Optional<PaymentMethodRef>> paymentMethods,
                    Function<String, Optional<DeliveryMethodRef>> deliveryMethods,
                    Function<String, Optional<CarrierRef>> carriers, ZoneId zone) {
        this.paymentMethods = paymentMethods;
        this.deliveryMethods = deliveryMethods;
        this.carriers = carriers;
        this.zone = zone;
    }

    Map<String, Object> of(Order order, Letterhead letterhead) {
        Map<String, Object> values = new LinkedHashMap<>();
        List<Shipment> shipments = order.getShipments();
        OrderAmounts amounts = order.getAmounts();
        values.put("受注番号", order.getMallOrderNumber());
        values.put("注文日", order.getOrderedAt() == null ? "" : DATE_TIME.format(order.getOrderedAt().atZone(zone)));
        values.put("注文者名", order.getOrderer() == null ? "" : text(order.getOrderer().name()));
        values.put("注文者メールアドレス", text(order.getOrdererEmail()));
        values.put("送付先", shipments.stream().map(OrderMailValues::address).collect(Collectors.joining("\n\n")));
        values.put("送付先名", shipments.stream().map(s -> text(s.getRecipient().name())).distinct().collect(Collectors.joining("、")));
        values.put("商品合計", yen(amounts.goodsTotal()));
        values.put("送料", yen(amounts.shippingFee()));
        values.put("手数料", yen(amounts.codFee() + amounts.wrappingFee()));
        values.put("ポイント利用", yen(amounts.pointsUsed() + amounts.couponShop() + amounts.couponMall()));
        values.put("合計金額", yen(amounts.billedTotal()));
        values.put("支払方法", paymentMethods.apply(order.getPaymentMethodCode()).map(PaymentMethodRef::name)
                .orElse(text(order.getPaymentMethodRaw())));
        values.put("支払期限", "");
        values.put("配送方法", joined(shipments, this::deliveryName));
        values.put("お届け希望日", joined(shipments, OrderMailValues::requestedDelivery));
        values.put("出荷予定日", joined(shipments, s -> date(s.getPlannedShipOn())));
        values.put("出荷日", joined(shipments, s -> date(s.getShippedOn())));
        values.put("配送業者", joined(shipments, s -> carrier(s).map(CarrierRef::name).orElse("")));
        values.put("荷物番号", shipments.stream().map(s -> String.join(", ", numbers(s))).filter(n -> !n.isEmpty())
                .collect(Collectors.joining("\n")));
        values.put("追跡URL", shipments.stream().flatMap(s -> trackingUrls(s).stream()).distinct().collect(Collectors.joining("\n")));
        values.put("店舗名", text(letterhead.shopName()));
        values.put("店舗URL", text(letterhead.shopUrl()));
        values.put("店舗メールアドレス", text(letterhead.senderAddress()));
        values.put("店舗電話番号", letterhead.profile().phone());
        values.put("店舗署名", letterhead.signature());
        values.put(MailPlaceholders.LINES, shipments.stream().flatMap(s -> s.getLines().stream()).map(OrderMailValues::line).toList());
        return values;
    }

    /** The carrier that took the parcels (出荷確定), else the one of the 配送方法. */
    private Optional<CarrierRef> carrier(Shipment shipment) {
        Optional<CarrierRef> shipped = shipment.getCarrierCode() == null ? Optional.empty() : carriers.apply(shipment.getCarrierCode());
        return shipped.isPresent() ? shipped : deliveryMethods.apply(shipment.getDeliveryMethodCode()).map(DeliveryMethodRef::carrier);
    }

    private static List<String> numbers(Shipment shipment) {
        return shipment.trackingNumbers().stream().filter(n -> n != null && !n.isBlank()).map(String::strip).toList();
    }

    private List<String> trackingUrls(Shipment shipment) {
        Optional<CarrierRef> carrier = carrier(shipment);
        if (carrier.isEmpty()) {
            return List.of();
        }
        return numbers(shipment).stream().filter(TrackingNumbers::isTrackable)
                .map(n -> carrier.get().trackingUrl(TrackingNumbers.normalize(n))).flatMap(Optional::stream).toList();
    }

    private static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    private String deliveryName(Shipment shipment) {
        return deliveryMethods.apply(shipment.getDeliveryMethodCode()).map(DeliveryMethodRef::name)
                .orElse(text(shipment.getDeliveryMethodRaw()));
    }

    /** One value per 送付先 when they differ (e.g. two addresses with two delivery methods), else just one. */
    private static String joined(List<Shipment> shipments, Function<Shipment, String> value) {
        List<String> values = shipments.stream().map(value).filter(v -> !v.isEmpty()).distinct().toList();
        return String.join("、", values);
    }

    private static String address(Shipment shipment) {
        Contact c = shipment.getRecipient();
        List<String> lines = new ArrayList<>();
        lines.add(text(c.name()) + " 様");
        if (c.postalCode() != null && !c.postalCode().isBlank()) {
            lines.add("〒" + c.postalCode());
        }
        lines.add(c.fullAddress());
        if (c.phone() != null && !c.phone().isBlank()) {
            lines.add("TEL " + c.phone());
        }
        return lines.stream().filter(l -> !l.isBlank()).collect(Collectors.joining("\n"));
    }

    private static String requestedDelivery(Shipment shipment) {
        LocalDate date = shipment.getRequestedDate();
        String slot = text(shipment.getRequestedTimeSlot());
        if (date == null && slot.isEmpty()) {
            return "指定なし";
        }
        return ((date == null ? "日付指定なし" : DATE.format(date)) + (slot.isEmpty() ? "" : " " + slot)).strip();
    }

    private static Map<String, String> line(OrderLine line) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("商品コード", text(Objects.requireNonNullElse(line.getItemNumber(), line.getItemId())));
        values.put("商品名", text(line.getItemName()));
        values.put("項目選択肢", text(line.getOptions()));
        values.put("数量", String.valueOf(line.getQuantity()));
        values.put("単価", yen(line.getUnitPrice()));
        values.put("金額", yen(line.getSubtotal()));
        return values;
    }

    static String yen(long amount) {
        return String.format("%,d", amount);
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }
}
