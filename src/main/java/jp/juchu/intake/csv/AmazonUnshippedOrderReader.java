package jp.juchu.intake.csv;

import static jp.juchu.intake.csv.AmazonColumn.*;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import jp.juchu.core.Mall;
import jp.juchu.core.PhoneNumber;
import jp.juchu.core.Prefecture;
import jp.juchu.intake.ImportedAddress;
import jp.juchu.intake.ImportedAmounts;
import jp.juchu.intake.ImportedLine;
import jp.juchu.intake.ImportedOrder;
import jp.juchu.intake.ImportedParty;
import jp.juchu.intake.ImportedShipment;
import jp.juchu.intake.MallFlag;
import jp.juchu.intake.RequestedDelivery;
import jp.juchu.intake.ShipmentAmounts;

/**
 * Reads the Amazon.co.jp 未出荷の注文レポート: tab-separated, unquoted, one row per order-item-id, UTF-8
 * (with or without BOM; Amazon's encoding since 2021-11) or Windows-31J (older files, Excel), detected.
 * Times carry an offset (+00:00) and are converted to Japan time. The report has no item prices: unless
 * the file also has {@code item-price}, amounts other than the COD ones are 0 and
 * {@link ImportedAmounts#complete()} is {@code false}. Buyers often type the city into
 * {@code ship-address-1} and leave {@code ship-city} empty; the prefecture is then taken from the
 * start of the address when {@code ship-state} is empty.
 */
public final class AmazonUnshippedOrderReader extends GroupedOrderReader<AmazonColumn> {

    public static final String FORMAT_NAME = "Amazon未出荷の注文レポート";

    @Override
    Class<AmazonColumn> columns() {
        return AmazonColumn.class;
    }

    @Override
    AmazonColumn orderNumberColumn() {
        return ORDER_ID;
    }

    @Override
    char delimiter() {
        return '\t';
    }

    @Override
    String formatName() {
        return FORMAT_NAME;
    }

    @Override
    Assembly<AmazonColumn> assemble(String orderNumber, Row<AmazonColumn> first) {
        return new AmazonOrder(orderNumber, first);
    }

    private static final class AmazonOrder extends Assembly<AmazonColumn> {

        private final List<ImportedLine> lines = new ArrayList<>();
        private final Set<String> lineIds = new HashSet<>();
        private final Set<MallFlag> flags = EnumSet.noneOf(MallFlag.class);
        private LocalDateTime orderedAt;
        private ImportedParty buyer;
        private ImportedParty recipient;
        private RequestedDelivery requestedDelivery;
        private long paymentFee;
        private long codAmount;
        private long goods;
        private long tax;
        private long shipping;
        private long wrapping;
        private String paymentMethod;
        private String serviceLevel;
        private String instructions;

        AmazonOrder(String number, Row<AmazonColumn> first) {
            super(number, first);
        }

        @Override
        void readOrder(Row<AmazonColumn> row) {
            orderedAt = row.required(PURCHASE_DATE) == null ? null : row.dateTime(PURCHASE_DATE);
            if (row.flag(IS_PRIME)) {
                flags.add(MallFlag.PRIME);
            }
            if (row.flag(VERGE_OF_CANCELLATION) || row.flag(VERGE_OF_LATE_SHIPMENT)) {
                flags.add(MallFlag.SHIPMENT_OVERDUE);
                row.note(VERGE_OF_CANCELLATION, "Amazonで出荷期限が迫っています（キャンセルまたは出荷遅延の直前）");
            }
            paymentFee = row.amount(PAYMENT_METHOD_FEE);
            codAmount = row.amount(COD_AMOUNT);
            LocalDateTime start = row.dateTime(DELIVERY_START);
            LocalDateTime end = row.dateTime(DELIVERY_END);
            LocalTime to = end != null && end.toLocalDate().equals(start == null ? null : start.toLocalDate())
                    ? end.toLocalTime() : null;
            requestedDelivery = start == null ? RequestedDelivery.NONE
                    : new RequestedDelivery(start.toLocalDate(), start.toLocalTime() + "-" + (to == null ? "" : to),
                            start.toLocalTime(), to);
            String buyerPhone = row.text(BUYER_PHONE);
            buyer = new ImportedParty(row.text(BUYER_NAME), null, null, null, null, buyerPhone,
                    Parties.phone(row, BUYER_PHONE, buyerPhone), row.text(BUYER_EMAIL));
            recipient = recipient(row);
            paymentMethod = row.verbatim(PAYMENT_METHOD);
            serviceLevel = row.verbatim(SHIP_SERVICE_LEVEL);
            instructions = row.text(DELIVERY_INSTRUCTIONS);
        }

        @Override
        void readRow(Row<AmazonColumn> row) {
            sameAs(first, row, PURCHASE_DATE, RECIPIENT_NAME, SHIP_POSTAL_CODE, SHIP_ADDRESS1, PAYMENT_METHOD,
                    COD_AMOUNT);
            String lineId = row.required(ORDER_ITEM_ID);
            if (lineId != null && !lineIds.add(lineId)) {
                row.problem(ORDER_ITEM_ID, "order-item-id「" + lineId + "」が同じ注文の中で重複しています");
            }
            int quantity = row.positiveInt(QUANTITY_PURCHASED);
            Integer toShip = row.optionalInt(QUANTITY_TO_SHIP);
            if (toShip != null && quantity > 0 && toShip != quantity) {
                row.note(QUANTITY_TO_SHIP, "未出荷数（" + toShip + "）が購入数（" + quantity + "）と異なります（一部出荷済み）");
            }
            Long itemPrice = row.optionalAmount(ITEM_PRICE);
            goods += itemPrice == null ? 0 : itemPrice;
            tax += row.amount(ITEM_TAX);
            shipping += row.amount(SHIPPING_PRICE);
            wrapping += row.amount(GIFT_WRAP_PRICE);
            Long unitPrice = itemPrice != null && quantity > 0 && itemPrice % quantity == 0 ? itemPrice / quantity : null;
            lines.add(new ImportedLine(lineId, null, row.required(SKU), null, row.required(PRODUCT_NAME), null, unitPrice,
                    quantity, itemPrice, itemPrice == null ? null : Boolean.TRUE, null, null, row.line()));
        }

        @Override
        ImportedOrder build() {
            boolean priced = first.has(ITEM_PRICE);
            ImportedAmounts amounts = new ImportedAmounts(goods, tax, shipping, paymentFee, wrapping, 0, 0, 0, 0, 0,
                    priced && codAmount == 0 ? goods + shipping + wrapping + paymentFee : codAmount, null, priced);
            ShipmentAmounts shipmentAmounts = new ShipmentAmounts(goods, tax, shipping, paymentFee, amounts.billed());
            return new ImportedOrder(Mall.AMAZON, number, first.file(), first.line(), orderedAt, null, false, null,
                    paymentMethod, null, serviceLevel, buyer, amounts, requestedDelivery,
                    false, List.of(), instructions, null, flags,
                    List.of(new ImportedShipment(null, recipient, null, shipmentAmounts, lines)), notes);
        }

        private static ImportedParty recipient(Row<AmazonColumn> row) {
            String street = row.required(SHIP_ADDRESS1);
            String state = row.text(SHIP_STATE);
            ImportedAddress address;
            if (state == null) {
                Prefecture fromStreet = Prefecture.atStartOf(street).orElse(null);
                if (fromStreet == null) {
                    row.note(SHIP_STATE, "都道府県がありません（ship-stateが空で、住所からも判別できません）");
                }
                var parsed = jp.juchu.core.PostalCode.parse(row.text(SHIP_POSTAL_CODE), fromStreet);
                address = new ImportedAddress(row.text(SHIP_POSTAL_CODE),
                        Parties.postalCode(row, SHIP_POSTAL_CODE, parsed, row.text(SHIP_POSTAL_CODE) != null),
                        fromStreet == null ? null : fromStreet.japaneseName(), fromStreet, row.text(SHIP_CITY),
                        fromStreet == null ? street : street.substring(fromStreet.japaneseName().length()),
                        Parties.join(" ", row.text(SHIP_ADDRESS2), row.text(SHIP_ADDRESS3)));
            } else {
                address = Parties.address(row, SHIP_POSTAL_CODE, row.text(SHIP_POSTAL_CODE), SHIP_STATE, state,
                        row.text(SHIP_CITY), street, Parties.join(" ", row.text(SHIP_ADDRESS2), row.text(SHIP_ADDRESS3)));
            }
            String phoneRaw = row.text(SHIP_PHONE);
            PhoneNumber phone = Parties.phone(row, SHIP_PHONE, phoneRaw);
            return new ImportedParty(row.required(RECIPIENT_NAME), null, null, null, address, phoneRaw, phone, null);
        }
    }
}
