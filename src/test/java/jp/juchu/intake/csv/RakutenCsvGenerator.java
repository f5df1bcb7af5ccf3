package jp.juchu.intake.csv;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Writes 楽天ペイ受注CSV files for tests and benchmarks: Windows-31J, CRLF, every value quoted, one row
 * per line. Rows can be tweaked ({@link #write(List, OutputStream, List, UnaryOperator)}) to make them
 * malformed.
 */
public final class RakutenCsvGenerator {

    public static final Charset WINDOWS_31J = Charset.forName("Windows-31J");
    public static final List<String> HEADER = List.of("注文番号", "ステータス", "注文日時", "支払方法名", "配送方法",
            "離島フラグ", "警告表示タイプ", "商品合計金額", "送料合計", "請求金額", "合計金額", "ポイント利用額",
            "注文者郵便番号1", "注文者郵便番号2", "注文者住所都道府県", "注文者住所郡市区", "注文者住所それ以降の住所",
            "注文者姓", "注文者名", "注文者電話番号1", "注文者電話番号2", "注文者電話番号3", "送付先ID", "送付先送料",
            "送付先合計金額", "送付先郵便番号1", "送付先郵便番号2", "送付先住所都道府県", "送付先住所郡市区",
            "送付先住所それ以降の住所", "送付先姓", "送付先名", "商品明細ID", "商品ID", "商品名", "商品番号", "単価",
            "個数", "税込別", "お届け日指定", "お届け時間帯", "コメント");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private RakutenCsvGenerator() {
    }

    /** A line of a generated order. */
    public record Line(String lineId, String name, long unitPrice, int quantity) {
    }

    /** A 送付先 of a generated order. */
    public record Shipment(String id, String familyName, String postal1, String postal2, String prefecture,
            long shipping, List<Line> lines) {

        public long goods() {
            return lines.stream().mapToLong(line -> line.unitPrice() * line.quantity()).sum();
        }
    }

    /** A generated order. */
    public record Order(String number, LocalDateTime orderedAt, String payment, String comment,
            List<Shipment> shipments) {

        public long goods() {
            return shipments.stream().mapToLong(Shipment::goods).sum();
        }

        public long shipping() {
            return shipments.stream().mapToLong(Shipment::shipping).sum();
        }

        public long billed() {
            return goods() + shipping();
        }
    }

    /** A simple valid order with {@code lines} lines to one 送付先. */
    public static Order simpleOrder(int index, int lines) {
        List<Line> list = new ArrayList<>();
        for (int i = 0; i < lines; i++) {
            list.add(new Line(String.valueOf(200_000_000L + index * 10L + i), "商品「テスト」" + i + ", 髙品質",
                    1000 + i * 10, 1 + i % 3));
        }
        return new Order(String.format("399999-20250501-%010d", index), LocalDateTime.of(2025, 5, 1, 9, 0)
                .plusSeconds(index), "クレジットカード", index % 7 == 0 ? "[配送日時指定:]\r\n午前中\r\n\"置き配\"希望" : null,
                List.of(new Shipment(String.valueOf(300_000_000L + index), "山﨑", "150", "0002", "東京都", 660, list)));
    }

    public static List<Map<String, String>> rows(Order order) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (Shipment shipment : order.shipments()) {
            for (Line line : shipment.lines()) {
                Map<String, String> row = new LinkedHashMap<>();
                row.put("注文番号", order.number());
                row.put("ステータス", "発送待ち");
                row.put("注文日時", order.orderedAt().format(DATE_TIME));
                row.put("支払方法名", order.payment());
                row.put("配送方法", "宅配便");
                row.put("離島フラグ", "0");
                row.put("警告表示タイプ", "0");
                row.put("商品合計金額", String.valueOf(order.goods()));
                row.put("送料合計", String.valueOf(order.shipping()));
                row.put("請求金額", String.valueOf(order.billed()));
                row.put("合計金額", String.valueOf(order.billed()));
                row.put("ポイント利用額", "0");
                row.put("注文者郵便番号1", "150");
                row.put("注文者郵便番号2", "0002");
                row.put("注文者住所都道府県", "東京都");
                row.put("注文者住所郡市区", "渋谷区");
                row.put("注文者住所それ以降の住所", "渋谷9-98-1");
                row.put("注文者姓", "佐藤");
                row.put("注文者名", "一郎");
                row.put("注文者電話番号1", "090");
                row.put("注文者電話番号2", "0000");
                row.put("注文者電話番号3", "1101");
                row.put("送付先ID", shipment.id());
                row.put("送付先送料", String.valueOf(shipment.shipping()));
                row.put("送付先合計金額", String.valueOf(shipment.goods() + shipment.shipping()));
                row.put("送付先郵便番号1", shipment.postal1());
                row.put("送付先郵便番号2", shipment.postal2());
                row.put("送付先住所都道府県", shipment.prefecture());
                row.put("送付先住所郡市区", "市区");
                row.put("送付先住所それ以降の住所", "1-2-3");
                row.put("送付先姓", shipment.familyName());
                row.put("送付先名", "花子");
                row.put("商品明細ID", line.lineId());
                row.put("商品ID", "10000101");
                row.put("商品名", line.name());
                row.put("商品番号", "item-" + line.lineId());
                row.put("単価", String.valueOf(line.unitPrice()));
                row.put("個数", String.valueOf(line.quantity()));
                row.put("税込別", "1");
                row.put("お届け日指定", "");
                row.put("お届け時間帯", "");
                row.put("コメント", order.comment() == null ? "" : order.comment());
                rows.add(row);
            }
        }
        return rows;
    }

    public static byte[] csv(List<Order> orders) {
        return csv(orders, HEADER, UnaryOperator.identity());
    }

    public static byte[] csv(List<Order> orders, List<String> header, UnaryOperator<Map<String, String>> tweak) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(orders, out, header, tweak);
        return out.toByteArray();
    }

    /** Writes the header and every row (after {@code tweak}) to {@code out}; columns not in a row are empty. */
    public static void write(List<Order> orders, OutputStream out, List<String> header,
            UnaryOperator<Map<String, String>> tweak) {
        try {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, WINDOWS_31J));
            writeRecord(writer, header);
            for (Order order : orders) {
                for (Map<String, String> row : rows(order)) {
                    Map<String, String> tweaked = tweak.apply(row);
                    List<String> values = new ArrayList<>();
                    for (String column : header) {
                        values.add(tweaked.getOrDefault(column, ""));
                    }
                    writeRecord(writer, values);
                }
            }
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeRecord(Writer writer, List<String> values) throws IOException {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                writer.write(',');
            }
            writer.write('"');
            writer.write(values.get(i).replace("\"", "\"\""));
            writer.write('"');
        }
        writer.write("\r\n");
    }
}
