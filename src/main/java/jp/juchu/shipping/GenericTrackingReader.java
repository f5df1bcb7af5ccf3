package jp.juchu.shipping;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.juchu.shipping.TrackingColumns.Column;
import jp.juchu.shipping.TrackingLine.NumberRule;
import jp.juchu.shipping.TrackingRow.KeyKind;

/**
 * The simple tracking file shops and WMSs write: a header row, then per line a key — お客様管理番号 (our shipment
 * id) or the mall's 注文番号; a line with both uses お客様管理番号 — and 荷物番号 (also read as 伝票番号,
 * お問い合わせ番号, 追跡番号 or tracking-number), optionally 配送業者 (our code or the carrier's name), 出荷日 and
 * 配送日. 12-digit numbers must pass the check digit; other numbers (西濃, 福山, international) may be 1–40 letters,
 * digits and hyphens. Windows-31J, or UTF-8 when the file starts with a BOM (Excel's 「CSV UTF-8」).
 */
public final class GenericTrackingReader implements TrackingFileReader {

    static final String FORMAT_NAME = "荷物番号ファイル";
    private static final Column SHIPMENT_ID = Column.optional("お客様管理番号", "お客様管理ナンバー");
    private static final Column ORDER_NUMBER = Column.optional("注文番号");
    private static final Column NUMBER = Column.required("荷物番号", "伝票番号", "お問い合わせ番号", "お問合せ番号", "追跡番号",
            "tracking-number");
    private static final Column CARRIER = Column.optional("配送業者", "配送会社");
    private static final Column SHIPPED = Column.optional("出荷日", "発送日");
    private static final Column DELIVERY = Column.optional("配送日", "お届け予定日");
    private static final List<Column> LAYOUT = List.of(SHIPMENT_ID, ORDER_NUMBER, NUMBER, CARRIER, SHIPPED, DELIVERY);

    @Override
    public TrackingFile read(InputStream in, TrackingReadOptions options) throws IOException {
        TrackingCsv.Content content = TrackingCsv.read(in);
        if (content.failed()) {
            return new TrackingFile(List.of(), List.of(content.problem()));
        }
        TrackingColumns columns = TrackingColumns.of(content.header(), LAYOUT);
        List<String> missing = new ArrayList<>();
        if (!columns.has(SHIPMENT_ID) && !columns.has(ORDER_NUMBER)) {
            missing.add(ORDER_NUMBER.name() + "（または" + SHIPMENT_ID.name() + "）");
        }
        missing.addAll(columns.missing());
        if (!missing.isEmpty()) {
            return new TrackingFile(List.of(), List.of(TrackingCsv.headerProblem(FORMAT_NAME, missing)));
        }
        TrackingCollector collector = new TrackingCollector(options);
        for (TrackingCsv.Line row : content.rows()) {
            TrackingLine line = new TrackingLine(columns, row);
            boolean byShipment = columns.has(SHIPMENT_ID) && (!columns.has(ORDER_NUMBER) || !line.text(SHIPMENT_ID).isEmpty());
            Column keyColumn = byShipment ? SHIPMENT_ID : ORDER_NUMBER;
            String key = columns.has(SHIPMENT_ID) && columns.has(ORDER_NUMBER)
                    ? line.key(keyColumn, columns.name(SHIPMENT_ID) + "と" + columns.name(ORDER_NUMBER) + "が空欄です")
                    : line.key(keyColumn, columns.name(keyColumn) + "が空欄です");
            String carrierCode = line.carrier(CARRIER);
            String number = line.trackingNumber(NUMBER, NumberRule.ANY_FORM, options.acceptsBlank(), carrierCode);
            LocalDate shippedOn = line.date(SHIPPED);
            LocalDate deliveryDate = line.date(DELIVERY);
            if (!line.usable()) {
                collector.reject(line.problems());
                continue;
            }
            collector.add(new TrackingCollector.Entry(line.number(), byShipment ? KeyKind.SHIPMENT_ID : KeyKind.MALL_ORDER_NUMBER,
                    key, number, carrierCode, shippedOn, deliveryDate, new TrackingCollector.Names(columns.name(keyColumn),
                    columns.name(NUMBER), columns.name(CARRIER), columns.name(SHIPPED), columns.name(DELIVERY))));
        }
        return collector.result();
    }
}
