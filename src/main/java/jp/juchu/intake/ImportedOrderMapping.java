package jp.juchu.intake;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.juchu.core.InvalidInputException;
import jp.juchu.order.Contact;
import jp.juchu.order.LineDetails;
import jp.juchu.order.OrderAmounts;
import jp.juchu.order.OrderDetails;
import jp.juchu.order.OrderSource;
import jp.juchu.order.ShipmentDetails;
import jp.juchu.shop.DeliveryMethodRef;
import jp.juchu.shop.PaymentMethodRef;
import jp.juchu.shop.Resolution;

/**
 * Turns a mall-neutral {@link ImportedOrder} into the order module's {@link OrderDetails}. Amounts are
 * taken as the mall states them, never recomputed: the stated consumption tax (外税) goes to the rate of
 * the lines (split by line value when rates are mixed); coupons the mall does not split, and other
 * discounts, count as shop coupons. Unmapped payment/delivery names leave the code empty and keep the raw
 * name (the checks flag them). A value longer than the order's field rejects the order (never cut).
 */
final class ImportedOrderMapping {

    static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    private static final String FULL_WIDTH_SPACE = "\u3000";

    private ImportedOrderMapping() {
    }

    /** The details plus the mapping errors found (reasons in Japanese), which switch the order to 手動. */
    record Mapped(OrderDetails details, List<String> mappingErrors) {
    }

    static Mapped map(ImportedOrder order, OrderSource source, Function<String, Resolution<PaymentMethodRef>> payment,
                      Function<String, Resolution<DeliveryMethodRef>> delivery) {
        List<String> mappingErrors = new ArrayList<>();
        String paymentCode = null;
        String paymentCategory = null;
        Resolution<PaymentMethodRef> paymentResolution = payment.apply(order.paymentMethod());
        if (paymentResolution instanceof Resolution.Resolved<PaymentMethodRef> resolved) {
            paymentCode = resolved.method().code();
            paymentCategory = resolved.method().category().name();
        } else if (paymentResolution instanceof Resolution.Unmapped<PaymentMethodRef> unmapped) {
            mappingErrors.add(unmapped.reason());
        }
        String deliveryCode = null;
        Resolution<DeliveryMethodRef> deliveryResolution = delivery.apply(order.deliveryMethod());
        if (deliveryResolution instanceof Resolution.Resolved<DeliveryMethodRef> resolved) {
            deliveryCode = resolved.method().code();
        } else if (deliveryResolution instanceof Resolution.Unmapped<DeliveryMethodRef> unmapped) {
            mappingErrors.add(unmapped.reason());
        }
        List<ShipmentDetails> shipments = new ArrayList<>();
        for (ImportedShipment shipment : order.shipments()) {
            shipments.add(shipment(order, shipment, deliveryCode));
        }
        ImportedParty ordererParty = order.orderer();
        ImportedAddress ordererAddress = ordererParty.address() != null ? ordererParty.address()
                : order.shipments().isEmpty() ? null : order.shipments().get(0).recipient().address();
        Contact orderer = contact("注文者", ordererParty, ordererAddress);
        OrderDetails details = new OrderDetails(order.orderNumber(), source,
                order.orderedAt() == null ? null : order.orderedAt().atZone(JAPAN).toInstant(),
                fit(order.mallStatus(), 100, "モールステータス"), orderer, fit(ordererParty.email(), 254, "注文者メールアドレス"),
                paymentCode, fit(order.paymentMethod(), 100, "支払方法名"), paymentCategory,
                amounts(order), order.giftRequested(), fit(wrapping(order.wrappings()), 200, "ラッピング"),
                order.comment(), order.shopMemo(), order.has(MallFlag.RAKUTEN_CONFIRMING),
                fit(mallWarning(order), 100, "モール警告"), order.has(MallFlag.REMOTE_ISLAND), shipments);
        return new Mapped(details, mappingErrors);
    }

    static OrderAmounts amounts(ImportedOrder order) {
        ImportedAmounts a = order.amounts();
        long tax8 = tax8(a.tax(), order.lines());
        long unsplitCoupons = Math.max(0, a.couponTotal() - a.couponShop() - a.couponMall());
        return new OrderAmounts(a.goods(), tax8, a.tax() - tax8, a.shipping(), a.paymentFee(), a.wrapping(), a.points(),
                a.couponShop() + unsplitCoupons + a.discount(), a.couponMall(), a.billed());
    }

    /** The part of the stated tax that belongs to 8% lines: all, none, or in proportion to line value. */
    static long tax8(long tax, List<ImportedLine> lines) {
        long value8 = 0;
        long value = 0;
        for (ImportedLine line : lines) {
            long lineValue = lineValue(line);
            value += lineValue;
            if (taxRate(line) == 8) {
                value8 += lineValue;
            }
        }
        boolean all8 = !lines.isEmpty() && lines.stream().allMatch(line -> taxRate(line) == 8);
        if (all8) {
            return tax;
        }
        if (value8 == 0 || value == 0) {
            return 0;
        }
        return Math.round((double) tax * value8 / value);
    }

    /** 10% unless the reader states 8 (軽減税率); any other stated rate is kept and rejected by the order. */
    static int taxRate(ImportedLine line) {
        return line.taxRate() == null ? 10 : line.taxRate();
    }

    private static long lineValue(ImportedLine line) {
        if (line.lineTotal() != null) {
            return line.lineTotal();
        }
        return line.unitPrice() == null ? 0 : line.unitPrice() * line.quantity();
    }

    private static ShipmentDetails shipment(ImportedOrder order, ImportedShipment shipment, String deliveryCode) {
        String who = order.shipments().size() > 1 ? "送付先" + (order.shipments().indexOf(shipment) + 1) : "送付先";
        ShipmentAmounts amounts = shipment.amounts();
        boolean onlyShipment = order.shipments().size() == 1;
        long shipping = onlyShipment && amounts.equals(ShipmentAmounts.NONE) ? order.amounts().shipping() : amounts.shipping();
        long codFee = onlyShipment && amounts.equals(ShipmentAmounts.NONE) ? order.amounts().paymentFee() : amounts.codFee();
        long goods = onlyShipment && amounts.equals(ShipmentAmounts.NONE) ? order.amounts().goods() : amounts.goods();
        RequestedDelivery requested = order.requestedDelivery() == null ? RequestedDelivery.NONE : order.requestedDelivery();
        List<LineDetails> lines = shipment.lines().stream().map(ImportedOrderMapping::line).toList();
        return new ShipmentDetails(fit(shipment.shipmentId(), 64, "送付先ID"),
                contact(who, shipment.recipient(), shipment.recipient().address()), deliveryCode,
                fit(order.deliveryMethod(), 100, "配送方法名"), requested.date(), fit(requested.timeSlot(), 20, "お届け時間帯"),
                fit(shipment.noshi(), 200, "のし"), shipping, codFee, goods, lines);
    }

    static LineDetails line(ImportedLine line) {
        long unitPrice = line.unitPrice() != null ? line.unitPrice()
                : line.lineTotal() != null ? line.lineTotal() / line.quantity() : 0;
        return new LineDetails(fit(line.itemId(), 100, "商品ID"), fit(line.itemNumber(), 100, "商品番号"),
                fit(line.name(), 400, "商品名"), fit(line.options(), 1000, "項目・選択肢"), unitPrice, line.quantity(),
                taxRate(line));
    }

    /**
     * 注文者/送付先: name = family + full-width space + given; postal code formatted (NNN-NNNN) or the raw text
     * when it could not be read; address1 = city, address2 = street + building.
     */
    static Contact contact(String who, ImportedParty party, ImportedAddress address) {
        String name = join(party.familyName(), party.givenName());
        String kana = join(party.familyNameKana(), party.givenNameKana());
        String postal = null;
        String prefecture = null;
        String address1 = null;
        String address2 = null;
        if (address != null) {
            postal = address.postalCode() != null ? address.postalCode().formatted() : blankToNull(address.postalCodeRaw());
            if (postal != null && postal.length() > 8) {
                throw new InvalidInputException("postalCode", who + "の郵便番号「" + postal + "」が長すぎます（郵便番号は7桁です）");
            }
            prefecture = address.prefecture() != null ? address.prefecture().japaneseName() : blankToNull(address.prefectureRaw());
            address1 = address.city();
            address2 = joinWith(" ", address.street(), address.building());
        }
        String phone = party.phone() != null ? party.phone().formatted() : blankToNull(party.phoneRaw());
        return new Contact(fit(name, 100, who + "氏名"), fit(kana, 100, who + "氏名カナ"), postal,
                fit(prefecture, 10, who + "都道府県"), fit(address1, 200, who + "住所（郡市区）"),
                fit(address2, 200, who + "住所（それ以降）"), fit(phone, 20, who + "電話番号"));
    }

    static String wrapping(List<Wrapping> wrappings) {
        if (wrappings.isEmpty()) {
            return null;
        }
        return wrappings.stream().map(w -> joinWith("", w.name() == null ? w.title() : w.name(),
                w.kind() == null ? null : "（" + w.kind() + "）") + " " + w.price() + "円")
                .collect(Collectors.joining("、"));
    }

    private static String mallWarning(ImportedOrder order) {
        if (!order.has(MallFlag.MALL_WARNING)) {
            return null;
        }
        return order.notes().stream().filter(note -> "警告表示タイプ".equals(note.column())).map(ImportIssue::message)
                .findFirst().orElse("モールの警告表示があります");
    }

    private static String join(String family, String given) {
        return joinWith(FULL_WIDTH_SPACE, family, given);
    }

    private static String joinWith(String separator, String first, String second) {
        String a = blankToNull(first);
        String b = blankToNull(second);
        if (a == null) {
            return b;
        }
        return b == null ? a : a + separator + b;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String fit(String value, int max, String label) {
        if (value != null && value.length() > max) {
            throw new InvalidInputException(label, label + "が長すぎます（" + value.length() + "文字、" + max + "文字まで）: 「"
                    + value.substring(0, Math.min(20, value.length())) + "…」");
        }
        return value;
    }
}
