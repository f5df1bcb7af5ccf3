package jp.juchu.shipping;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import jp.juchu.shipping.TrackingColumns.Column;
import jp.juchu.shipping.TrackingLine.NumberRule;
import jp.juchu.shipping.TrackingRow.KeyKind;

/**
 * ヤマト B2クラウド 発行済データ (the 97-column 入出力用レイアウト with 伝票番号 filled in, formats.md §4.1): key
 * お客様管理番号 (our shipment id, as exported), 荷物番号 伝票番号 (12 digits, check digit), 出荷日 出荷予定日,
 * お届け予定日 お届け予定（指定）日, carrier YAMATO. Columns are found by name, so older or newer layouts with
 * more or fewer columns are read as long as the three required ones are there.
 */
public final class B2ResultReader implements TrackingFileReader {

    static final String FORMAT_NAME = "ヤマトB2クラウドの発行済データ";
    private static final Column KEY = Column.required("お客様管理番号");
    private static final Column NUMBER = Column.required("伝票番号", "送り状番号");
    private static final Column SHIPPED = Column.required("出荷予定日");
    private static final Column DELIVERY = Column.optional("お届け予定（指定）日", "お届け予定日", "お届け指定日");
    private static final List<Column> LAYOUT = List.of(KEY, NUMBER, SHIPPED, DELIVERY);

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
            String key = line.key(KEY, columns.name(KEY) + "が空欄です");
            String number = line.trackingNumber(NUMBER, NumberRule.TWELVE_DIGITS, options.acceptsBlank(), "YAMATO");
            LocalDate shippedOn = line.date(SHIPPED);
            LocalDate deliveryDate = line.date(DELIVERY);
            if (!line.usable()) {
                collector.reject(line.problems());
                continue;
            }
            collector.add(new TrackingCollector.Entry(line.number(), KeyKind.SHIPMENT_ID, key, number, "YAMATO", shippedOn,
                    deliveryDate, names));
        }
        return collector.result();
    }
}
