package jp.juchu.intake.csv;

import static jp.juchu.intake.csv.YahooOrderColumn.*;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.juchu.core.Mall;
import jp.juchu.intake.ImportBatch;
import jp.juchu.intake.ImportIssue;
import jp.juchu.intake.ImportedAmounts;
import jp.juchu.intake.ImportedLine;
import jp.juchu.intake.ImportedOrder;
import jp.juchu.intake.ImportedOrderSink;
import jp.juchu.intake.ImportedParty;
import jp.juchu.intake.ImportedShipment;
import jp.juchu.intake.MallFlag;
import jp.juchu.intake.ReadSummary;
import jp.juchu.intake.ShipmentAmounts;

/**
 * Reads a Yahoo!ショッピング order download: the order file (one row per order) and the items file (one
 * row per line) joined by OrderId. The items file is read first and held as compact lines (it is the
 * small one); the order file is then streamed. An order without items, or items whose order is not in
 * the order file, are rejected on that order.
 */
public final class YahooOrderCsvReader {

    public static final String FORMAT_NAME = "Yahoo!ショッピング注文CSV";
    public static final String ITEMS_FORMAT_NAME = "Yahoo!ショッピング商品明細CSV";
    private static final String CANCELLED = "4";
    private static final String ON_HOLD = "3";

    /** Reads both files, delivering each order to {@code sink}; never throws for bad content. */
    public ReadSummary read(String ordersFile, InputStream orders, String itemsFile, InputStream items,
            ImportedOrderSink sink) {
        Outcomes outcomes = new Outcomes(sink);
        List<String> files = List.of(ordersFile, itemsFile);
        Map<String, ItemGroup> itemsByOrder;
        String charset = null;
        try (CsvSource source = CsvSource.open(itemsFile, items, ',')) {
            itemsByOrder = readItems(source, outcomes);
        } catch (UnreadableFileException e) {
            return outcomes.summary(files, null, e.issue());
        }
        try (CsvSource source = CsvSource.open(ordersFile, orders, ',')) {
            charset = source.charsetName();
            CsvSource.SourceRecord headerRecord = source.next();
            if (headerRecord == null) {
                throw new UnreadableFileException(ImportIssue.ofFile(ordersFile, "ファイルが空です（ヘッダー行がありません）"));
            }
            HeaderMap<YahooOrderColumn> header = HeaderMap.of(ordersFile, headerRecord.record(),
                    YahooOrderColumn.class, FORMAT_NAME);
            readOrders(source, header, itemsByOrder, outcomes);
        } catch (UnreadableFileException e) {
            return outcomes.summary(files, charset, e.issue());
        }
        for (Map.Entry<String, ItemGroup> orphan : itemsByOrder.entrySet()) {
            ItemGroup group = orphan.getValue();
            List<ImportIssue> problems = new ArrayList<>(group.problems);
            problems.add(0, new ImportIssue(itemsFile, group.firstLine, "OrderId", orphan.getKey(),
                    "注文ファイルにこの注文（OrderId）がありません。2つのファイルが同じ時点のダウンロードか確認してください"));
            outcomes.reject(orphan.getKey(), itemsFile, group.firstLine, problems);
        }
        return outcomes.summary(files, charset, null);
    }

    /** Reads both files into memory (small files, previews, tests). */
    public ImportBatch readAll(String ordersFile, InputStream orders, String itemsFile, InputStream items) {
        ImportBatch.Collector collector = new ImportBatch.Collector();
        ReadSummary summary = read(ordersFile, orders, itemsFile, items, collector);
        return collector.toBatch(summary);
    }

    private static Map<String, ItemGroup> readItems(CsvSource source, Outcomes outcomes) throws UnreadableFileException {
        CsvSource.SourceRecord headerRecord = source.next();
        if (headerRecord == null) {
            throw new UnreadableFileException(ImportIssue.ofFile(source.fileName(), "ファイルが空です（ヘッダー行がありません）"));
        }
        HeaderMap<YahooItemColumn> header = HeaderMap.of(source.fileName(), headerRecord.record(),
                YahooItemColumn.class, ITEMS_FORMAT_NAME);
        Map<String, ItemGroup> groups = new LinkedHashMap<>();
        CsvSource.SourceRecord record;
        while ((record = source.next()) != null) {
            Row<YahooItemColumn> row = new Row<>(source.fileName(), record.line(), record.record(), header);
            String orderId = row.required(YahooItemColumn.ORDER_ID);
            ImportedLine line = item(row);
            if (orderId == null) {
                outcomes.reject(null, source.fileName(), row.line(), row.problems());
                continue;
            }
            ItemGroup group = groups.computeIfAbsent(orderId, id -> new ItemGroup(row.line()));
            if (line.lineId() != null && !group.lineIds.add(line.lineId())) {
                row.problem(YahooItemColumn.LINE_ID, "LineId「" + line.lineId() + "」が同じ注文の中で重複しています");
            }
            group.lines.add(line);
            group.problems.addAll(row.problems());
        }
        return groups;
    }

    private static ImportedLine item(Row<YahooItemColumn> row) {
        String itemId = row.text(YahooItemColumn.ITEM_ID);
        String subCode = row.text(YahooItemColumn.SUB_CODE);
        String optionName = row.text(YahooItemColumn.OPTION_NAME);
        String optionValue = row.text(YahooItemColumn.OPTION_VALUE);
        String options = optionValue == null ? null : Parties.join(":", optionName, optionValue);
        Long unitPrice = row.required(YahooItemColumn.UNIT_PRICE) == null ? null
                : row.optionalAmount(YahooItemColumn.UNIT_PRICE);
        return new ImportedLine(row.required(YahooItemColumn.LINE_ID), itemId, subCode != null ? subCode : itemId,
                null, row.required(YahooItemColumn.TITLE), options, unitPrice,
                row.positiveInt(YahooItemColumn.QUANTITY), row.optionalAmount(YahooItemColumn.LINE_SUB_TOTAL), null,
                row.optionalInt(YahooItemColumn.TAX_RATIO), null, row.line());
    }

    private static void readOrders(CsvSource source, HeaderMap<YahooOrderColumn> header,
            Map<String, ItemGroup> itemsByOrder, Outcomes outcomes) throws UnreadableFileException {
        Map<String, Long> seen = new HashMap<>();
        CsvSource.SourceRecord record;
        while ((record = source.next()) != null) {
            outcomes.row();
            Row<YahooOrderColumn> row = new Row<>(source.fileName(), record.line(), record.record(), header);
            String orderId = row.required(ORDER_ID);
            if (orderId == null) {
                outcomes.reject(null, source.fileName(), row.line(), row.problems());
                continue;
            }
            Long earlier = seen.putIfAbsent(orderId, row.line());
            if (earlier != null) {
                row.problem(ORDER_ID, "同じOrderIdの行が" + earlier + "行目にもあります（先に読んだ行は取り込み対象です）");
                outcomes.reject(orderId, source.fileName(), row.line(), row.problems());
                continue;
            }
            ItemGroup items = itemsByOrder.remove(orderId);
            ImportedOrder order = order(row, orderId, items == null ? List.of() : items.lines);
            List<ImportIssue> problems = new ArrayList<>(row.problems());
            if (items == null) {
                problems.add(new ImportIssue(source.fileName(), row.line(), header.name(ORDER_ID), orderId,
                        "商品明細ファイルにこの注文の明細がありません"));
            } else {
                problems.addAll(items.problems);
            }
            if (problems.isEmpty()) {
                outcomes.accept(order);
            } else {
                outcomes.reject(orderId, source.fileName(), row.line(), problems);
            }
        }
    }

    private static ImportedOrder order(Row<YahooOrderColumn> row, String orderId, List<ImportedLine> lines) {
        String status = row.requiredVerbatim(ORDER_STATUS);
        if (CANCELLED.equals(status)) {
            row.note(ORDER_STATUS, "Yahoo!ショッピングでキャンセルされた注文です（OrderStatus 4）");
        } else if (ON_HOLD.equals(status)) {
            row.note(ORDER_STATUS, "Yahoo!ショッピングで保留中の注文です（OrderStatus 3）");
        }
        var orderedAt = row.required(ORDER_TIME) == null ? null : row.dateTime(ORDER_TIME);
        String payment = row.requiredVerbatim(PAY_METHOD);
        ImportedParty orderer = party(row, BILL_LAST_NAME, BILL_FIRST_NAME, BILL_LAST_NAME_KANA, BILL_FIRST_NAME_KANA,
                BILL_ZIP, BILL_PREFECTURE, BILL_CITY, BILL_ADDRESS1, BILL_ADDRESS2, BILL_PHONE, row.text(BILL_MAIL));
        ImportedParty recipient = party(row, SHIP_LAST_NAME, SHIP_FIRST_NAME, SHIP_LAST_NAME_KANA,
                SHIP_FIRST_NAME_KANA, SHIP_ZIP, SHIP_PREFECTURE, SHIP_CITY, SHIP_ADDRESS1, SHIP_ADDRESS2, SHIP_PHONE,
                null);
        long goods = row.amount(TOTAL_PRICE);
        long shipping = row.amount(SHIP_CHARGE);
        long payCharge = row.amount(PAY_CHARGE);
        long billed = row.required(SETTLE_AMOUNT) == null ? 0 : row.amount(SETTLE_AMOUNT);
        ImportedAmounts amounts = new ImportedAmounts(goods, 0, shipping, payCharge, row.amount(GIFT_WRAP_CHARGE),
                row.amount(USE_POINT), row.amount(COUPON), 0, 0, row.amount(DISCOUNT), billed, null, true);
        ShipmentAmounts shipmentAmounts = new ShipmentAmounts(goods, 0, shipping, payCharge, billed);
        Set<MallFlag> flags = EnumSet.noneOf(MallFlag.class);
        return new ImportedOrder(Mall.YAHOO, orderId, row.file(), row.line(), orderedAt, status,
                CANCELLED.equals(status), null, payment, null, row.verbatim(SHIP_METHOD), orderer, amounts,
                TimeSlots.requested(row.date(SHIP_REQUEST_DATE), row.text(SHIP_REQUEST_TIME)), false, List.of(),
                row.text(BUYER_COMMENTS), null, flags,
                List.of(new ImportedShipment(null, recipient, null, shipmentAmounts, lines)), row.notes());
    }

    private static ImportedParty party(Row<YahooOrderColumn> row, YahooOrderColumn lastName,
            YahooOrderColumn firstName, YahooOrderColumn lastNameKana, YahooOrderColumn firstNameKana,
            YahooOrderColumn zip, YahooOrderColumn prefecture, YahooOrderColumn city, YahooOrderColumn address1,
            YahooOrderColumn address2, YahooOrderColumn phone, String mail) {
        var address = Parties.address(row, zip, row.text(zip), prefecture, row.text(prefecture), row.text(city),
                row.text(address1), row.text(address2));
        String phoneRaw = row.text(phone);
        return new ImportedParty(row.text(lastName), row.text(firstName), row.text(lastNameKana),
                row.text(firstNameKana), address, phoneRaw, Parties.phone(row, phone, phoneRaw), mail);
    }

    /** The items of one OrderId, compact: lines plus the problems found in their rows. */
    private static final class ItemGroup {

        final long firstLine;
        final List<ImportedLine> lines = new ArrayList<>();
        final List<ImportIssue> problems = new ArrayList<>();
        final Set<String> lineIds = new HashSet<>();

        ItemGroup(long firstLine) {
            this.firstLine = firstLine;
        }
    }
}
