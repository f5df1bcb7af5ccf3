package jp.juchu.shipping;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import jp.juchu.shipping.TrackingColumns.Column;
import jp.juchu.shipping.TrackingLine.NumberRule;
import jp.juchu.shipping.TrackingRow.KeyKind;

/**
 * 佐川急便 e飛伝Ⅱ 出荷履歴 export (53 columns, formats.md §4.2): key お客様管理ナンバー (our shipment id, as exported),
 * 荷物番号 お問合せ送り状No (12 digits, check digit), 出荷日 出荷日時 (yyyy/MM/dd or yyyyMMdd, with or without a
 * time), お届け日 配達日, carrier SAGAWA. Lines with a 削除区分 (anything but blank or 0) were cancelled in e飛伝 and
 * are skipped. Columns are found by name.
 */
public final class EhidenResultReader implements TrackingFileReader {

    static final String FORMAT_NAME = "佐川急便 e飛伝Ⅱの出荷履歴データ";
    private static final Column NUMBER = Column.required("お問合せ送り状No", "お問い合せ送り状No", "お問い合わせ送り状No", "お問合せ送り状番号");
    private static final Column SHIPPED = Column.required("出荷日時", "出荷日");
    private static final Column KEY = Column.required("お客様管理ナンバー", "お客様管理番号");
    private static final Column DELIVERY = Column.optional("配達日", "配達指定日");
    private static final Column DELETED = Column.optional("削除区分");
    private static final List<Column> LAYOUT = List.of(NUMBER, SHIPPED, KEY, DELIVERY, DELETED);

    @Override
    public TrackingFile read(InputStream in, TrackingReadOptions options) throws IOException {
        TrackingCsv.Content content = TrackingCsv.read(in);
        if (content.failed()) {
            return new TrackingFile(List.of(), List.of(content.problem()));
        }
        TrackingColumns columns = TrackingColumns.of(content.header(), LAYOUT);
        if (!columns.missing().isEmpty()) {
            return new TrackingFile(List.of(), List.of(TrackingCsv.headerProblem(FORMAT_NAME, columns.missing())));
        }
        TrackingCollector collector = new TrackingCollector(options);
        TrackingCollector.Names names = new TrackingCollector.Names(columns.name(KEY), columns.name(NUMBER), "配送業者",
                columns.name(SHIPPED), columns.name(DELIVERY));
        for (TrackingCsv.Line row : content.rows()) {
            TrackingLine line = new TrackingLine(columns, row);
            if (deleted(line.text(DELETED))) {
                continue;
            }
            String key = line.key(KEY, columns.name(KEY) + "が空欄です");
            String number = line.trackingNumber(NUMBER, NumberRule.TWELVE_DIGITS, options.acceptsBlank(), "SAGAWA");
            LocalDate shippedOn = line.date(SHIPPED);
            LocalDate deliveryDate = line.date(DELIVERY);
            if (!line.usable()) {
                collector.reject(line.problems());
                continue;
            }
            collector.add(new TrackingCollector.Entry(line.number(), KeyKind.SHIPMENT_ID, key, number, "SAGAWA", shippedOn,
                    deliveryDate, names));
        }
        return collector.result();
    }

    private static boolean deleted(String flag) {
        return !flag.isEmpty() && !flag.equals("0") && !flag.equals("０");
    }
}
