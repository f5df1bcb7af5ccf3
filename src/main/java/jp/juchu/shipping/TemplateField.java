package jp.juchu.shipping;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * 出力項目: the catalog of values a user template column can take from a {@link ShippingLabel}. The key is the
 * constant's name (stable: stored in templates and used by the API). Dates are written {@code yyyy/MM/dd},
 * 注文日時 {@code yyyy/MM/dd HH:mm:ss} in Japan time, amounts as plain integers, flags as 0/1. 明細 fields come from
 * the row's order line (see {@link RowGranularity}).
 */
public enum TemplateField {
    ORDER_ID(TemplateFieldGroup.ORDER, "受注ID", r -> String.valueOf(r.label().orderId())),
    MALL_ORDER_NUMBER(TemplateFieldGroup.ORDER, "注文番号", r -> r.label().mallOrderNumber()),
    ORDERED_AT(TemplateFieldGroup.ORDER, "注文日時", r -> dateTime(r.label().orderedAt())),
    ORDER_DATE(TemplateFieldGroup.ORDER, "注文日", r -> date(r.label().orderedAt())),
    ORDERER_NAME(TemplateFieldGroup.ORDER, "注文者 氏名", r -> orderer(r).name()),
    ORDERER_KANA(TemplateFieldGroup.ORDER, "注文者 カナ", r -> orderer(r).kana()),
    ORDERER_POSTAL_CODE(TemplateFieldGroup.ORDER, "注文者 郵便番号", r -> orderer(r).postalCode()),
    ORDERER_PREFECTURE(TemplateFieldGroup.ORDER, "注文者 都道府県", r -> orderer(r).prefecture()),
    ORDERER_ADDRESS1(TemplateFieldGroup.ORDER, "注文者 住所1", r -> address(r, orderer(r).address1())),
    ORDERER_ADDRESS2(TemplateFieldGroup.ORDER, "注文者 住所2", r -> address(r, orderer(r).address2())),
    ORDERER_ADDRESS(TemplateFieldGroup.ORDER, "注文者 住所(全体)", r -> address(r, orderer(r).fullAddress())),
    ORDERER_PHONE(TemplateFieldGroup.ORDER, "注文者 電話番号", r -> orderer(r).phone()),
    ORDERER_EMAIL(TemplateFieldGroup.ORDER, "注文者 メールアドレス", r -> r.label().ordererEmail()),
    PAYMENT_METHOD(TemplateFieldGroup.ORDER, "支払方法", r -> r.label().paymentMethodName()),
    COD(TemplateFieldGroup.ORDER, "代引 (0/1)", r -> flag(r.label().cashOnDelivery())),
    COD_AMOUNT(TemplateFieldGroup.ORDER, "代引金額", r -> String.valueOf(r.label().codAmount())),
    COD_TAX(TemplateFieldGroup.ORDER, "代引金額のうち消費税", r -> String.valueOf(r.label().codTax())),
    GOODS_TOTAL(TemplateFieldGroup.ORDER, "商品合計", r -> String.valueOf(r.label().goodsTotal())),
    SHIPPING_FEE(TemplateFieldGroup.ORDER, "送料", r -> String.valueOf(r.label().shippingFee())),
    COD_FEE(TemplateFieldGroup.ORDER, "手数料", r -> String.valueOf(r.label().codFee())),
    BILLED_TOTAL(TemplateFieldGroup.ORDER, "請求金額", r -> String.valueOf(r.label().billedTotal())),
    GIFT(TemplateFieldGroup.ORDER, "ギフト (0/1)", r -> flag(r.label().giftRequested())),
    COMMENTS(TemplateFieldGroup.ORDER, "備考", r -> r.label().comments()),
    SHOP_MEMO(TemplateFieldGroup.ORDER, "店舗メモ", r -> r.label().shopMemo()),

    MANAGEMENT_NUMBER(TemplateFieldGroup.SHIPMENT, "お客様管理番号", r -> r.label().managementNumber()),
    SHIPMENT_SEQ(TemplateFieldGroup.SHIPMENT, "送付先No", r -> String.valueOf(r.label().shipmentSeq())),
    RECIPIENT_NAME(TemplateFieldGroup.SHIPMENT, "お届け先 氏名", r -> recipient(r).name()),
    RECIPIENT_KANA(TemplateFieldGroup.SHIPMENT, "お届け先 カナ", r -> recipient(r).kana()),
    RECIPIENT_POSTAL_CODE(TemplateFieldGroup.SHIPMENT, "お届け先 郵便番号", r -> recipient(r).postalCode()),
    RECIPIENT_PREFECTURE(TemplateFieldGroup.SHIPMENT, "お届け先 都道府県", r -> recipient(r).prefecture()),
    RECIPIENT_ADDRESS1(TemplateFieldGroup.SHIPMENT, "お届け先 住所1", r -> address(r, recipient(r).address1())),
    RECIPIENT_ADDRESS2(TemplateFieldGroup.SHIPMENT, "お届け先 住所2", r -> address(r, recipient(r).address2())),
    RECIPIENT_ADDRESS(TemplateFieldGroup.SHIPMENT, "お届け先 住所(全体)", r -> address(r, recipient(r).fullAddress())),
    RECIPIENT_PHONE(TemplateFieldGroup.SHIPMENT, "お届け先 電話番号", r -> recipient(r).phone()),
    CARRIER_CODE(TemplateFieldGroup.SHIPMENT, "配送業者コード", r -> r.label().carrierCode()),
    DELIVERY_METHOD(TemplateFieldGroup.SHIPMENT, "配送方法", r -> r.label().deliveryMethodName()),
    COOL(TemplateFieldGroup.SHIPMENT, "クール区分 (通常/冷蔵/冷凍)", r -> cool(r.label().cool())),
    PLANNED_SHIP_DATE(TemplateFieldGroup.SHIPMENT, "出荷予定日", r -> date(r.label().plannedShipDate())),
    REQUESTED_DATE(TemplateFieldGroup.SHIPMENT, "お届け希望日", r -> date(r.label().requestedDate())),
    REQUESTED_TIME_SLOT(TemplateFieldGroup.SHIPMENT, "お届け時間帯", r -> r.label().requestedTimeSlot()),
    NOSHI(TemplateFieldGroup.SHIPMENT, "のし", r -> r.label().noshi()),
    NOTE(TemplateFieldGroup.SHIPMENT, "記事", r -> r.label().note()),
    ITEM_SUMMARY(TemplateFieldGroup.SHIPMENT, "品名 (先頭の商品名+他N点)", r -> itemSummary(r.label().items())),
    ITEM_COUNT(TemplateFieldGroup.SHIPMENT, "商品点数", r -> String.valueOf(itemCount(r.label().items()))),

    LINE_NO(TemplateFieldGroup.LINE, "行No", r -> r.item() == null ? "" : String.valueOf(r.lineNo())),
    ITEM_ID(TemplateFieldGroup.LINE, "商品ID", r -> r.item() == null ? "" : r.item().itemId()),
    ITEM_NUMBER(TemplateFieldGroup.LINE, "商品番号", r -> r.item() == null ? "" : r.item().itemNumber()),
    ITEM_NAME(TemplateFieldGroup.LINE, "商品名", r -> r.item() == null ? "" : r.item().name()),
    ITEM_OPTIONS(TemplateFieldGroup.LINE, "項目選択肢", r -> r.item() == null ? "" : r.item().options()),
    UNIT_PRICE(TemplateFieldGroup.LINE, "単価", r -> r.item() == null ? "" : String.valueOf(r.item().unitPrice())),
    QUANTITY(TemplateFieldGroup.LINE, "数量", r -> r.item() == null ? "" : String.valueOf(r.item().quantity())),
    LINE_AMOUNT(TemplateFieldGroup.LINE, "小計 (単価×数量)",
            r -> r.item() == null ? "" : String.valueOf(r.item().unitPrice() * r.item().quantity())),

    SHOP_CODE(TemplateFieldGroup.SHOP, "ショップコード", r -> r.label().shopCode()),
    SHOP_NAME(TemplateFieldGroup.SHOP, "ショップ名", r -> r.label().shopName()),
    MALL(TemplateFieldGroup.SHOP, "モール", r -> r.label().mall() == null ? "" : r.label().mall().label()),
    SENDER_NAME(TemplateFieldGroup.SHOP, "ご依頼主 氏名", r -> sender(r).name()),
    SENDER_KANA(TemplateFieldGroup.SHOP, "ご依頼主 カナ", r -> sender(r).kana()),
    SENDER_POSTAL_CODE(TemplateFieldGroup.SHOP, "ご依頼主 郵便番号", r -> sender(r).postalCode()),
    SENDER_PREFECTURE(TemplateFieldGroup.SHOP, "ご依頼主 都道府県", r -> sender(r).prefecture()),
    SENDER_ADDRESS1(TemplateFieldGroup.SHOP, "ご依頼主 住所1", r -> address(r, sender(r).address1())),
    SENDER_ADDRESS2(TemplateFieldGroup.SHOP, "ご依頼主 住所2", r -> address(r, sender(r).address2())),
    SENDER_ADDRESS(TemplateFieldGroup.SHOP, "ご依頼主 住所(全体)", r -> address(r, sender(r).fullAddress())),
    SENDER_PHONE(TemplateFieldGroup.SHOP, "ご依頼主 電話番号", r -> sender(r).phone()),
    CARRIER_CUSTOMER_CODE(TemplateFieldGroup.SHOP, "配送業者 お客様コード (請求先顧客コード)", r -> account(r).customerCode()),
    CARRIER_CLASS_CODE(TemplateFieldGroup.SHOP, "配送業者 分類コード", r -> account(r).classCode()),
    CARRIER_FREIGHT_NUMBER(TemplateFieldGroup.SHOP, "配送業者 運賃管理番号", r -> account(r).freightNumber());

    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu/MM/dd");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu/MM/dd HH:mm:ss");
    private static final LabelParty NOBODY = new LabelParty(null, null, null, null, null, null, null);

    private final TemplateFieldGroup group;
    private final String label;
    private final Function<TemplateRow, String> value;

    TemplateField(TemplateFieldGroup group, String label, Function<TemplateRow, String> value) {
        this.group = group;
        this.label = label;
        this.value = value;
    }

    public TemplateFieldGroup group() {
        return group;
    }

    /** The field's name on screen (and a sensible default column header). */
    public String label() {
        return label;
    }

    /** The catalog key (the constant's name). */
    public String key() {
        return name();
    }

    /** The raw text for one row, never {@code null}; cleaning, limits and encoding are the writer's job. */
    String valueOf(TemplateRow row) {
        String text = value.apply(row);
        return text == null ? "" : text;
    }

    /** The catalog in display order, for one group. */
    public static List<TemplateField> of(TemplateFieldGroup group) {
        return Arrays.stream(values()).filter(f -> f.group == group).toList();
    }

    private static LabelParty recipient(TemplateRow row) {
        return party(row.label().recipient());
    }

    private static LabelParty sender(TemplateRow row) {
        return party(row.label().sender());
    }

    private static LabelParty orderer(TemplateRow row) {
        return party(row.label().orderer());
    }

    private static LabelParty party(LabelParty party) {
        return party == null ? NOBODY : party;
    }

    private static CarrierAccount account(TemplateRow row) {
        return row.label().account() == null ? CarrierAccount.NONE : row.label().account();
    }

    /** 「住所情報のスペースを削除」 applies to every address field (half- and full-width spaces). */
    private static String address(TemplateRow row, String text) {
        return row.options().removeAddressSpaces() ? text.replace(" ", "").replace("\u3000", "") : text;
    }

    private static String flag(boolean value) {
        return value ? "1" : "0";
    }

    private static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    private static String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant.atZone(JAPAN));
    }

    private static String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(JAPAN));
    }

    private static String cool(CoolType cool) {
        return switch (cool) {
            case CHILLED -> "冷蔵";
            case FROZEN -> "冷凍";
            case NONE -> "通常";
        };
    }

    /** The first line's name, plus 「 他N点」 for the other lines (N = number of further lines). */
    private static String itemSummary(List<LabelItem> items) {
        if (items.isEmpty()) {
            return "";
        }
        String first = items.get(0).name();
        return items.size() == 1 ? first : first + " 他" + (items.size() - 1) + "点";
    }

    private static int itemCount(List<LabelItem> items) {
        return items.stream().mapToInt(LabelItem::quantity).sum();
    }
}
