package jp.juchu.intake.csv;

import static jp.juchu.intake.csv.RakutenColumn.*;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.juchu.core.Mall;
import jp.juchu.core.Parsed;
import jp.juchu.core.PostalCode;
import jp.juchu.core.Prefecture;
import jp.juchu.intake.ImportIssue;
import jp.juchu.intake.ImportedAddress;
import jp.juchu.intake.ImportedAmounts;
import jp.juchu.intake.ImportedLine;
import jp.juchu.intake.ImportedOrder;
import jp.juchu.intake.ImportedParty;
import jp.juchu.intake.ImportedShipment;
import jp.juchu.intake.MallFlag;
import jp.juchu.intake.RequestedDelivery;
import jp.juchu.intake.ShipmentAmounts;
import jp.juchu.intake.Wrapping;

/**
 * Reads 楽天ペイ受注CSV (RMS 受注データダウンロード): one row per 商品明細, order and 送付先 columns
 * repeated, several 送付先ID per 注文番号. Columns are found by name; required: 注文番号, ステータス,
 * 注文日時 (or 注文日), 支払方法名, 請求金額, 商品名, 単価, 個数.
 */
public final class RakutenOrderCsvReader extends GroupedOrderReader<RakutenColumn> {

    public static final String FORMAT_NAME = "楽天ペイ受注CSV";
    private static final String CANCELLED = "キャンセル確定";
    private static final Set<String> UNDETERMINED = Set.of("-9999", "-99999");

    @Override
    Class<RakutenColumn> columns() {
        return RakutenColumn.class;
    }

    @Override
    RakutenColumn orderNumberColumn() {
        return ORDER_NUMBER;
    }

    @Override
    char delimiter() {
        return ',';
    }

    @Override
    String formatName() {
        return FORMAT_NAME;
    }

    @Override
    void checkHeader(String fileName, HeaderMap<RakutenColumn> header) throws UnreadableFileException {
        if (!header.has(ORDERED_AT) && !header.has(ORDER_DATE)) {
            throw new UnreadableFileException(new ImportIssue(fileName, 1, ORDERED_AT.label(), null,
                    "必須の列がありません: 注文日時（または注文日）"));
        }
    }

    @Override
    Assembly<RakutenColumn> assemble(String orderNumber, Row<RakutenColumn> first) {
        return new RakutenOrder(orderNumber, first);
    }

    private static final class RakutenOrder extends Assembly<RakutenColumn> {

        private final Map<String, ShipmentRows> shipments = new LinkedHashMap<>();
        private final Set<String> lineIds = new HashSet<>();
        private final Set<MallFlag> flags = EnumSet.noneOf(MallFlag.class);
        private LocalDateTime orderedAt;
        private ImportedParty orderer;
        private ImportedAmounts amounts;
        private RequestedDelivery requestedDelivery;
        private List<Wrapping> wrappings;
        private String status;
        private String orderType;
        private String paymentMethod;
        private String paymentDetail;
        private String deliveryMethod;
        private boolean giftRequested;
        private String comment;
        private String shopMemo;

        RakutenOrder(String number, Row<RakutenColumn> first) {
            super(number, first);
        }

        @Override
        void readOrder(Row<RakutenColumn> row) {
            orderedAt = orderedAt(row);
            flag(row, REMOTE_ISLAND, MallFlag.REMOTE_ISLAND);
            flag(row, RAKUTEN_CONFIRMING, MallFlag.RAKUTEN_CONFIRMING);
            flag(row, MULTIPLE_DESTINATIONS, MallFlag.MULTIPLE_DESTINATIONS);
            flag(row, NEXT_DAY, MallFlag.NEXT_DAY_DELIVERY);
            String warning = row.text(WARNING_TYPE);
            if (warning != null && !warning.equals("0")) {
                flags.add(MallFlag.MALL_WARNING);
                row.note(WARNING_TYPE, "楽天の警告表示があります（警告表示タイプ: " + warning + "）");
            }
            if (CANCELLED.equals(row.required(STATUS))) {
                row.note(STATUS, "楽天でキャンセル確定の注文です");
            }
            amounts = amounts(row);
            requestedDelivery = TimeSlots.requested(row.date(DELIVERY_DATE), row.text(TIME_SLOT));
            wrappings = wrappings(row);
            orderer = orderer(row);
            status = row.verbatim(STATUS);
            orderType = row.verbatim(ORDER_TYPE);
            paymentMethod = row.requiredVerbatim(PAYMENT_METHOD);
            paymentDetail = Parties.join(" ", row.verbatim(CARD_PAY_TYPE), row.verbatim(CARD_INSTALLMENTS));
            deliveryMethod = row.verbatim(DELIVERY_METHOD);
            giftRequested = row.flag(GIFT);
            comment = row.text(COMMENT);
            shopMemo = row.text(SHOP_MEMO);
        }

        @Override
        void readRow(Row<RakutenColumn> row) {
            sameAs(first, row, STATUS, ORDERED_AT, ORDER_DATE, PAYMENT_METHOD, BILLED, GOODS, TOTAL, SHIPPING,
                    ORDERER_FAMILY_NAME, ORDERER_ZIP1, ORDERER_ZIP2);
            String shipmentId = row.text(SHIPMENT_ID);
            ShipmentRows shipment = shipments.get(shipmentId == null ? "" : shipmentId);
            if (shipment == null) {
                shipment = new ShipmentRows(row, shipmentId);
                shipments.put(shipmentId == null ? "" : shipmentId, shipment);
            } else {
                sameAs(shipment.first, row, SHIPMENT_TOTAL, SHIPMENT_SHIPPING, RECIPIENT_ZIP1, RECIPIENT_ZIP2,
                        RECIPIENT_FAMILY_NAME, RECIPIENT_STREET);
            }
            shipment.lines.add(line(row));
        }

        @Override
        ImportedOrder build() {
            List<ImportedShipment> built = new ArrayList<>();
            for (ShipmentRows shipment : shipments.values()) {
                built.add(new ImportedShipment(shipment.id, shipment.recipient, shipment.noshi, shipment.amounts,
                        shipment.lines));
            }
            return new ImportedOrder(Mall.RAKUTEN, number, first.file(), first.line(), orderedAt, status,
                    CANCELLED.equals(status), orderType, paymentMethod, paymentDetail, deliveryMethod, orderer, amounts,
                    requestedDelivery, giftRequested, wrappings, comment, shopMemo, flags, built, notes);
        }

        private ImportedLine line(Row<RakutenColumn> row) {
            String lineId = row.text(LINE_ID);
            if (lineId != null && !lineIds.add(lineId)) {
                row.problem(LINE_ID, "商品明細ID「" + lineId + "」が同じ注文の中で重複しています");
            }
            String taxIncluded = row.text(TAX_INCLUDED);
            return new ImportedLine(lineId, row.text(ITEM_ID), row.text(ITEM_NUMBER), row.text(MANAGE_NUMBER),
                    row.required(ITEM_NAME), row.text(OPTIONS), requiredAmount(row, UNIT_PRICE),
                    row.positiveInt(QUANTITY), null, taxIncluded == null ? null : row.flag(TAX_INCLUDED), null,
                    row.text(DELIVERY_INFO), row.line());
        }

        private static Long requiredAmount(Row<RakutenColumn> row, RakutenColumn column) {
            if (row.required(column) == null) {
                return null;
            }
            return row.optionalAmount(column);
        }

        private LocalDateTime orderedAt(Row<RakutenColumn> row) {
            if (row.has(ORDERED_AT)) {
                return row.required(ORDERED_AT) == null ? null : row.dateTime(ORDERED_AT);
            }
            LocalDate date = row.required(ORDER_DATE) == null ? null : row.date(ORDER_DATE);
            if (date == null) {
                return null;
            }
            String time = row.text(ORDER_TIME);
            if (time == null) {
                return date.atStartOfDay();
            }
            try {
                return date.atTime(LocalTime.parse(time.length() == 5 ? time + ":00" : time));
            } catch (java.time.format.DateTimeParseException e) {
                row.problem(ORDER_TIME, "時刻「" + time + "」を読めません（例: 09:12:03）");
                return null;
            }
        }

        private ImportedAmounts amounts(Row<RakutenColumn> row) {
            long codFee = amount(row, COD_FEE);
            long paymentFee = row.has(PAYMENT_FEE) && row.text(PAYMENT_FEE) != null ? amount(row, PAYMENT_FEE) : codFee;
            long couponShop = amount(row, COUPON_SHOP);
            long couponMall = amount(row, COUPON_MALL);
            long couponTotal = row.text(COUPON_TOTAL) != null ? amount(row, COUPON_TOTAL) : couponShop + couponMall;
            long wrapping = amount(row, WRAPPING1_PRICE) + amount(row, WRAPPING2_PRICE);
            Long total = row.text(TOTAL) == null ? null : amount(row, TOTAL);
            return new ImportedAmounts(amount(row, GOODS), amount(row, TAX), amount(row, SHIPPING), paymentFee,
                    wrapping, amount(row, POINTS), couponTotal, couponShop, couponMall, 0, amount(row, BILLED), total,
                    true);
        }

        /** An amount where 楽天's -9999 means 未確定: kept as 0 and flagged. */
        private long amount(Row<RakutenColumn> row, RakutenColumn column) {
            String text = row.text(column);
            if (text != null && UNDETERMINED.contains(text)) {
                flags.add(MallFlag.AMOUNT_UNDETERMINED);
                row.note(column, "「" + row.name(column) + "」が楽天で未確定です（" + text + "）。確定後に金額を確認してください");
                return 0;
            }
            return row.amount(column);
        }

        private List<Wrapping> wrappings(Row<RakutenColumn> row) {
            List<Wrapping> list = new ArrayList<>();
            addWrapping(row, list, WRAPPING1_TITLE, WRAPPING1_NAME, WRAPPING1_PRICE, WRAPPING1_TAX_INCLUDED, WRAPPING1_KIND);
            addWrapping(row, list, WRAPPING2_TITLE, WRAPPING2_NAME, WRAPPING2_PRICE, WRAPPING2_TAX_INCLUDED, WRAPPING2_KIND);
            return list;
        }

        private void addWrapping(Row<RakutenColumn> row, List<Wrapping> list, RakutenColumn title, RakutenColumn name,
                RakutenColumn price, RakutenColumn taxIncluded, RakutenColumn kind) {
            if (row.text(title) == null && row.text(name) == null) {
                return;
            }
            list.add(new Wrapping(row.text(title), row.text(name), row.amount(price),
                    row.text(taxIncluded) == null ? null : row.flag(taxIncluded), row.text(kind)));
        }

        private void flag(Row<RakutenColumn> row, RakutenColumn column, MallFlag flag) {
            if (row.flag(column)) {
                flags.add(flag);
            }
        }

        private static ImportedParty orderer(Row<RakutenColumn> row) {
            return party(row, ORDERER_ZIP1, ORDERER_ZIP2, ORDERER_PREFECTURE, ORDERER_CITY, ORDERER_STREET,
                    ORDERER_FAMILY_NAME, ORDERER_GIVEN_NAME, ORDERER_FAMILY_KANA, ORDERER_GIVEN_KANA,
                    ORDERER_PHONE1, ORDERER_PHONE2, ORDERER_PHONE3, row.text(ORDERER_EMAIL));
        }

        private static ImportedParty party(Row<RakutenColumn> row, RakutenColumn zip1, RakutenColumn zip2,
                RakutenColumn prefectureColumn, RakutenColumn city, RakutenColumn street, RakutenColumn family,
                RakutenColumn given, RakutenColumn familyKana, RakutenColumn givenKana, RakutenColumn phone1,
                RakutenColumn phone2, RakutenColumn phone3, String email) {
            String prefectureRaw = row.text(prefectureColumn);
            Prefecture prefecture = Parties.prefecture(row, prefectureColumn, prefectureRaw);
            String head = row.text(zip1);
            String tail = row.text(zip2);
            String postalRaw = Parties.join("-", head, tail);
            Parsed<PostalCode> postal = PostalCode.parse(head, tail, prefecture);
            PostalCode postalCode = Parties.postalCode(row, zip1, postal, postalRaw != null);
            String phoneRaw = Parties.join("-", row.text(phone1), row.text(phone2), row.text(phone3));
            var phone = Parties.phone(row, phone1, phoneRaw);
            ImportedAddress address = new ImportedAddress(postalRaw, postalCode, prefectureRaw, prefecture,
                    row.text(city), row.text(street), null);
            return new ImportedParty(row.text(family), row.text(given), row.text(familyKana), row.text(givenKana),
                    address, phoneRaw, phone, email);
        }

        private final class ShipmentRows {

            final Row<RakutenColumn> first;
            final String id;
            final ImportedParty recipient;
            final String noshi;
            final ShipmentAmounts amounts;
            final List<ImportedLine> lines = new ArrayList<>();

            ShipmentRows(Row<RakutenColumn> row, String id) {
                this.first = row;
                this.id = id;
                this.recipient = party(row, RECIPIENT_ZIP1, RECIPIENT_ZIP2, RECIPIENT_PREFECTURE, RECIPIENT_CITY,
                        RECIPIENT_STREET, RECIPIENT_FAMILY_NAME, RECIPIENT_GIVEN_NAME, RECIPIENT_FAMILY_KANA,
                        RECIPIENT_GIVEN_KANA, RECIPIENT_PHONE1, RECIPIENT_PHONE2, RECIPIENT_PHONE3, null);
                this.noshi = row.text(NOSHI);
                this.amounts = new ShipmentAmounts(amount(row, SHIPMENT_GOODS), amount(row, SHIPMENT_TAX),
                        amount(row, SHIPMENT_SHIPPING), amount(row, SHIPMENT_COD_FEE), amount(row, SHIPMENT_TOTAL));
            }
        }
    }
}
