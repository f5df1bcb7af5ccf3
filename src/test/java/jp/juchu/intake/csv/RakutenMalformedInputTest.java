package jp.juchu.intake.csv;

import static jp.juchu.intake.csv.RakutenCsvGenerator.HEADER;
import static jp.juchu.intake.csv.RakutenCsvGenerator.csv;
import static jp.juchu.intake.csv.RakutenCsvGenerator.simpleOrder;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;
import jp.juchu.intake.ImportBatch;
import jp.juchu.intake.ImportIssue;
import jp.juchu.intake.ImportedOrder;
import jp.juchu.intake.ImportedOrderSink;
import jp.juchu.intake.MallFlag;
import jp.juchu.intake.ReadSummary;
import jp.juchu.intake.RejectedOrder;
import org.junit.jupiter.api.Test;

/** The malformed-input corpus for 楽天ペイ受注CSV: each case gives a precise error and no partial order. */
class RakutenMalformedInputTest {

    private static final String FILE = "rakuten.csv";
    /** Three orders: 1 line (line 2), 2 lines (lines 3–4), 3 lines (lines 5–7). */
    private static final List<RakutenCsvGenerator.Order> ORDERS = List.of(simpleOrder(1, 1), simpleOrder(2, 2),
            simpleOrder(3, 3));

    private static ImportBatch read(byte[] bytes) {
        return new RakutenOrderCsvReader().readAll(FILE, Fixtures.bytes(bytes));
    }

    private static ImportBatch readTweaked(List<String> header, UnaryOperator<Map<String, String>> tweak) {
        return read(csv(ORDERS, header, tweak));
    }

    private static UnaryOperator<Map<String, String>> onLine(String lineId, String column, String value) {
        return row -> {
            if (row.get("商品明細ID").equals(lineId)) {
                row.put(column, value);
            }
            return row;
        };
    }

    private static String number(int index) {
        return simpleOrder(index, 1).number();
    }

    private static RejectedOrder onlyRejected(ImportBatch batch) {
        assertThat(batch.summary().failed()).isFalse();
        assertThat(batch.rejected()).hasSize(1);
        return batch.rejected().get(0);
    }

    @Test
    void validGeneratedFileReadsCompletely() {
        ImportBatch batch = read(csv(ORDERS));
        assertThat(batch.problems()).isEmpty();
        assertThat(batch.orders()).extracting(ImportedOrder::orderNumber).containsExactly(number(1), number(2), number(3));
        assertThat(batch.orders()).extracting(ImportedOrder::line).containsExactly(2L, 3L, 5L);
        assertThat(batch.summary().rows()).isEqualTo(6);
    }

    @Test
    void missingRequiredColumnIsAFileErrorNamingIt() {
        List<String> header = new ArrayList<>(HEADER);
        header.remove("単価");
        ImportBatch batch = readTweaked(header, UnaryOperator.identity());
        assertThat(batch.orders()).isEmpty();
        assertThat(batch.rejected()).isEmpty();
        ImportIssue error = batch.summary().fileError();
        assertThat(error.message()).isEqualTo("必須の列がありません: 単価");
        assertThat(error.column()).isEqualTo("単価");
        assertThat(error.line()).isEqualTo(1);
        assertThat(error.file()).isEqualTo(FILE);
    }

    @Test
    void everyMissingRequiredColumnIsNamed() {
        List<String> header = new ArrayList<>(HEADER);
        header.removeAll(List.of("請求金額", "個数", "注文日時"));
        ImportBatch batch = readTweaked(header, UnaryOperator.identity());
        assertThat(batch.summary().fileError().message()).startsWith("必須の列がありません:").contains("請求金額", "個数");
    }

    @Test
    void orderDateMayComeAsDateAndTimeColumns() {
        List<String> header = new ArrayList<>(HEADER);
        header.remove("注文日時");
        header.add("注文日");
        header.add("注文時間");
        ImportBatch batch = readTweaked(header, row -> {
            row.put("注文日", row.get("注文日時").substring(0, 10));
            row.put("注文時間", row.get("注文日時").substring(11));
            return row;
        });
        assertThat(batch.problems()).isEmpty();
        assertThat(batch.orders().get(0).orderedAt()).isEqualTo(ORDERS.get(0).orderedAt());
        List<String> neither = new ArrayList<>(HEADER);
        neither.remove("注文日時");
        assertThat(readTweaked(neither, UnaryOperator.identity()).summary().fileError().message())
                .isEqualTo("必須の列がありません: 注文日時（または注文日）");
    }

    @Test
    void reorderedAndExtraColumnsGiveTheSameOrders() {
        List<String> shuffled = new ArrayList<>(HEADER);
        Collections.reverse(shuffled);
        shuffled.add(3, "未知の列");
        shuffled.add("another unknown");
        ImportBatch batch = readTweaked(shuffled, row -> {
            row.put("未知の列", "x");
            return row;
        });
        ImportBatch canonical = read(csv(ORDERS));
        assertThat(batch.problems()).isEmpty();
        assertThat(batch.orders()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("notes")
                .containsExactlyElementsOf(canonical.orders());
    }

    @Test
    void optionalColumnsMayBeAbsent() {
        List<String> minimal = List.of("注文番号", "ステータス", "注文日時", "支払方法名", "請求金額", "商品名", "単価", "個数");
        ImportBatch batch = readTweaked(minimal, UnaryOperator.identity());
        assertThat(batch.problems()).isEmpty();
        assertThat(batch.orders()).hasSize(3);
        ImportedOrder order = batch.orders().get(1);
        assertThat(order.lines()).hasSize(2);
        assertThat(order.shipments()).singleElement().satisfies(shipment -> assertThat(shipment.shipmentId()).isNull());
        assertThat(order.amounts().billed()).isEqualTo(ORDERS.get(1).billed());
        assertThat(order.orderer().address().postalCode()).isNull();
        assertThat(order.notes()).extracting(ImportIssue::message).contains("郵便番号がありません");
    }

    @Test
    void brokenAmountRejectsOnlyItsOrder() {
        String lineId = ORDERS.get(1).shipments().get(0).lines().get(1).lineId();
        RejectedOrder rejected = onlyRejected(readTweaked(HEADER, onLine(lineId, "単価", "1O80")));
        assertThat(rejected.orderNumber()).isEqualTo(number(2));
        assertThat(rejected.line()).isEqualTo(3);
        assertThat(rejected.problems()).containsExactly(
                new ImportIssue(FILE, 4, "単価", number(2), "金額「1O80」を数値として読めません"));
        assertThat(readTweaked(HEADER, onLine(lineId, "単価", "1O80")).orders())
                .extracting(ImportedOrder::orderNumber).containsExactly(number(1), number(3));
    }

    @Test
    void brokenAndImpossibleDates() {
        String first = ORDERS.get(0).shipments().get(0).lines().get(0).lineId();
        assertThat(onlyRejected(readTweaked(HEADER, onLine(first, "注文日時", "昨日"))).problems())
                .extracting(ImportIssue::message).containsExactly("日時「昨日」を読めません（例: 2025-05-01 09:12:03）");
        assertThat(onlyRejected(readTweaked(HEADER, onLine(first, "注文日時", "2025-02-30 10:00:00"))).problems())
                .extracting(ImportIssue::message).containsExactly("日時「2025-02-30 10:00:00」は存在しない日時です");
        assertThat(onlyRejected(readTweaked(HEADER, onLine(first, "お届け日指定", "45778"))).problems())
                .extracting(ImportIssue::message).singleElement().asString().contains("表計算ソフトで数値に変換");
    }

    @Test
    void excelDateFormatsAndFullWidthValuesAreRead() {
        String first = ORDERS.get(0).shipments().get(0).lines().get(0).lineId();
        ImportBatch batch = readTweaked(HEADER, row -> {
            if (row.get("商品明細ID").equals(first)) {
                row.put("注文日時", "2025/5/1 9:00");
                row.put("請求金額", "２，６８０円");
                row.put("単価", "¥1,000");
                row.put("個数", "１");
                row.put("送付先郵便番号1", "１５０");
                row.put("注文者電話番号1", "０９０");
            }
            return row;
        });
        assertThat(batch.problems()).isEmpty();
        ImportedOrder order = batch.orders().get(0);
        assertThat(order.orderedAt()).isEqualTo(ORDERS.get(0).orderedAt().withSecond(0));
        assertThat(order.amounts().billed()).isEqualTo(2680);
        assertThat(order.lines().get(0).unitPrice()).isEqualTo(1000);
        assertThat(order.shipments().get(0).recipient().address().postalCode().digits()).isEqualTo("1500002");
    }

    @Test
    void excelDamagedPostalCodeAndPhoneAreRepairedWithANote() {
        String first = ORDERS.get(0).shipments().get(0).lines().get(0).lineId();
        ImportBatch batch = readTweaked(HEADER, onLine(first, "注文者郵便番号1", "60"));
        ImportedOrder order = batch.orders().get(0);
        assertThat(order.orderer().address().postalCode()).isNull();
        assertThat(order.notes()).extracting(ImportIssue::message).singleElement().asString().contains("東京都と一致しません");

        ImportBatch hokkaido = readTweaked(HEADER, row -> {
            row.put("注文者郵便番号1", "60");
            row.put("注文者郵便番号2", "42");
            row.put("注文者住所都道府県", "北海道");
            row.put("注文者電話番号1", "90");
            return row;
        });
        ImportedOrder repaired = hokkaido.orders().get(0);
        assertThat(repaired.orderer().address().postalCode().formatted()).isEqualTo("060-0042");
        assertThat(repaired.orderer().phone().digits()).isEqualTo("09000001101");
        assertThat(repaired.notes()).extracting(ImportIssue::column).containsExactly("注文者郵便番号1", "注文者電話番号1");
        assertThat(repaired.notes()).allSatisfy(note -> assertThat(note.message()).contains("0"));
    }

    @Test
    void undeterminedAmountIsFlagged() {
        String first = ORDERS.get(0).shipments().get(0).lines().get(0).lineId();
        ImportedOrder order = readTweaked(HEADER, onLine(first, "送料合計", "-9999")).orders().get(0);
        assertThat(order.has(MallFlag.AMOUNT_UNDETERMINED)).isTrue();
        assertThat(order.amounts().shipping()).isZero();
        assertThat(order.notes()).extracting(ImportIssue::message).singleElement().asString().contains("未確定");
    }

    @Test
    void missingRequiredValueAndBadQuantity() {
        String lineId = ORDERS.get(2).shipments().get(0).lines().get(2).lineId();
        assertThat(onlyRejected(readTweaked(HEADER, onLine(lineId, "商品名", " "))).problems())
                .containsExactly(new ImportIssue(FILE, 7, "商品名", number(3), "必須項目「商品名」が空です"));
        assertThat(onlyRejected(readTweaked(HEADER, onLine(lineId, "個数", "0"))).problems())
                .extracting(ImportIssue::message).containsExactly("「0」は1以上の整数でなければなりません");
        assertThat(onlyRejected(readTweaked(HEADER, onLine(lineId, "個数", "1.5"))).problems())
                .extracting(ImportIssue::message).containsExactly("金額「1.5」を数値として読めません");
    }

    @Test
    void blankOrderNumberIsRejectedOnItsOwn() {
        String lineId = ORDERS.get(1).shipments().get(0).lines().get(0).lineId();
        ImportBatch batch = readTweaked(HEADER, onLine(lineId, "注文番号", ""));
        assertThat(batch.rejected()).extracting(RejectedOrder::orderNumber, RejectedOrder::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(null, 3L));
        assertThat(batch.rejected().get(0).problems()).extracting(ImportIssue::message)
                .containsExactly("必須項目「注文番号」が空です");
        assertThat(batch.orders()).hasSize(3);
    }

    @Test
    void conflictingRowsOfOneOrderRejectIt() {
        String lineId = ORDERS.get(1).shipments().get(0).lines().get(1).lineId();
        RejectedOrder rejected = onlyRejected(readTweaked(HEADER, onLine(lineId, "請求金額", "1")));
        assertThat(rejected.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(4);
            assertThat(problem.column()).isEqualTo("請求金額");
            assertThat(problem.message()).isEqualTo("同じ注文番号の行で「請求金額」が食い違っています（3行目:「"
                    + ORDERS.get(1).billed() + "」、この行:「1」）");
        });
    }

    @Test
    void duplicateLineAndReappearingOrderNumber() {
        RakutenCsvGenerator.Order order = ORDERS.get(2);
        String lineId = order.shipments().get(0).lines().get(0).lineId();
        String secondLineId = order.shipments().get(0).lines().get(1).lineId();
        assertThat(onlyRejected(readTweaked(HEADER, onLine(secondLineId, "商品明細ID", lineId))).problems())
                .extracting(ImportIssue::message).containsExactly("商品明細ID「" + lineId + "」が同じ注文の中で重複しています");

        byte[] split = csv(List.of(ORDERS.get(0), ORDERS.get(1), ORDERS.get(0)));
        ImportBatch batch = read(split);
        assertThat(batch.orders()).extracting(ImportedOrder::orderNumber).containsExactly(number(1), number(2));
        assertThat(onlyRejected(batch).problems()).extracting(ImportIssue::line, ImportIssue::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(5L,
                        "同じ注文番号の行が2行目からの行と離れた位置にあります。ファイルを確認してください（先に読んだ行は取り込み対象です）"));
    }

    @Test
    void quotedLineBreaksKeepLineNumbersRight() {
        String first = ORDERS.get(0).shipments().get(0).lines().get(0).lineId();
        ImportBatch batch = readTweaked(HEADER, onLine(first, "コメント", "一行目\r\n二行目\r\n\r\n四行目, \"引用\""));
        assertThat(batch.orders().get(0).comment()).isEqualTo("一行目\n二行目\n\n四行目, \"引用\"");
        assertThat(batch.orders()).extracting(ImportedOrder::line).containsExactly(2L, 6L, 8L);
        String later = ORDERS.get(2).shipments().get(0).lines().get(1).lineId();
        ImportBatch broken = read(csv(ORDERS, HEADER, row -> {
            onLine(first, "コメント", "a\r\nb\r\nc").apply(row);
            return onLine(later, "単価", "x").apply(row);
        }));
        assertThat(onlyRejected(broken).problems()).extracting(ImportIssue::line).containsExactly(8L);
    }

    @Test
    void byteOrderMarkAndUtf8AreDetected() throws IOException {
        String text = new String(csv(ORDERS), RakutenCsvGenerator.WINDOWS_31J);
        ByteArrayOutputStream bom = new ByteArrayOutputStream();
        bom.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bom.write(text.getBytes(StandardCharsets.UTF_8));
        ImportBatch withBom = read(bom.toByteArray());
        assertThat(withBom.summary().charset()).isEqualTo("UTF-8");
        assertThat(withBom.problems()).isEmpty();
        assertThat(withBom.orders()).hasSize(3);
        assertThat(withBom.orders().get(0).shipments().get(0).recipient().familyName()).isEqualTo("山﨑");

        ImportBatch utf8 = read(text.getBytes(StandardCharsets.UTF_8));
        assertThat(utf8.summary().charset()).isEqualTo("UTF-8");
        assertThat(utf8.orders()).usingRecursiveFieldByFieldElementComparator()
                .containsExactlyElementsOf(read(csv(ORDERS)).orders());
    }

    @Test
    void undecodableBytesRejectTheirOrderInsteadOfImportingMojibake() {
        byte[] bytes = csv(ORDERS);
        byte[] name = "山﨑".getBytes(RakutenCsvGenerator.WINDOWS_31J);
        int at = indexOf(bytes, name, indexOf(bytes, "\r\n\"".getBytes(), 0) + 1);
        bytes[at + 1] = (byte) 0x7F;
        ImportBatch batch = read(bytes);
        RejectedOrder rejected = onlyRejected(batch);
        assertThat(rejected.orderNumber()).isEqualTo(number(1));
        assertThat(rejected.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.column()).isEqualTo("送付先姓");
            assertThat(problem.message()).contains("文字化け");
        });
        assertThat(batch.orders()).hasSize(2);
    }

    @Test
    void utf16IsRefusedWithAClearMessage() {
        byte[] text = new String(csv(ORDERS), RakutenCsvGenerator.WINDOWS_31J).getBytes(StandardCharsets.UTF_16);
        ImportBatch batch = read(text);
        assertThat(batch.summary().fileError().message()).startsWith("UTF-16で保存されたファイルは読めません");
        assertThat(batch.orders()).isEmpty();
    }

    @Test
    void binaryOrOtherFilesHaveNoRecognisableHeader() {
        ImportBatch batch = read(new byte[] {0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, (byte) 0x88, (byte) 0xFF});
        assertThat(batch.summary().fileError().message())
                .isEqualTo("1行目（項目名）の文字コードを判別できません。楽天ペイ受注CSVのファイル（Windows-31JまたはUTF-8）か確認してください");
        ImportBatch other = read("order,status,amount\r\n1,2,3\r\n".getBytes());
        assertThat(other.summary().fileError().message())
                .isEqualTo("1行目を楽天ペイ受注CSVの項目名として認識できません。ファイルの種類とヘッダー行を確認してください");
    }

    @Test
    void wrongDelimiterIsAFileError() {
        String tsv = new String(csv(ORDERS), RakutenCsvGenerator.WINDOWS_31J).replace("\",\"", "\"\t\"");
        ImportBatch batch = read(tsv.getBytes(RakutenCsvGenerator.WINDOWS_31J));
        assertThat(batch.summary().fileError().message()).contains("1行目以降をCSVとして読めません", "区切り文字");
        assertThat(batch.orders()).isEmpty();
        String unquotedTsv = tsv.replace("\"", "");
        assertThat(read(unquotedTsv.getBytes(RakutenCsvGenerator.WINDOWS_31J)).summary().fileError().message())
                .contains("項目名として認識できません");
    }

    @Test
    void emptyFileAndHeaderOnly() {
        ImportBatch empty = read(new byte[0]);
        assertThat(empty.summary().fileError()).isEqualTo(ImportIssue.ofFile(FILE, "ファイルが空です（ヘッダー行がありません）"));
        ImportBatch blankLines = read("\r\n\r\n".getBytes());
        assertThat(blankLines.summary().fileError().message()).isEqualTo("ファイルが空です（ヘッダー行がありません）");
        String commasOnly = new String(csv(ORDERS), RakutenCsvGenerator.WINDOWS_31J) + ",,,,,,\r\n\"\",\" \"\r\n";
        ImportBatch trailingBlankRows = read(commasOnly.getBytes(RakutenCsvGenerator.WINDOWS_31J));
        assertThat(trailingBlankRows.problems()).isEmpty();
        assertThat(trailingBlankRows.orders()).hasSize(3);
        ImportBatch headerOnly = read(csv(List.of()));
        assertThat(headerOnly.summary().failed()).isFalse();
        assertThat(headerOnly.summary().rows()).isZero();
        assertThat(headerOnly.orders()).isEmpty();
    }

    @Test
    void unbalancedQuoteStopsReadingAndRejectsTheOrderThatMayBeIncomplete() {
        String text = new String(csv(ORDERS), RakutenCsvGenerator.WINDOWS_31J);
        int lastOrderRow = text.indexOf("\"" + number(3) + "\"");
        String broken = text.substring(0, lastOrderRow)
                + text.substring(lastOrderRow).replaceFirst(",\"発送待ち\"", ",\"発送待ち");
        ImportBatch batch = read(broken.getBytes(RakutenCsvGenerator.WINDOWS_31J));
        assertThat(batch.summary().failed()).isTrue();
        assertThat(batch.summary().fileError().line()).isEqualTo(5);
        assertThat(batch.summary().fileError().message()).contains("5行目以降をCSVとして読めません", "引用符");
        assertThat(batch.orders()).extracting(ImportedOrder::orderNumber).containsExactly(number(1));
        assertThat(batch.rejected()).extracting(RejectedOrder::orderNumber)
                .as("the unreadable record may have been another line of order 2").containsExactly(number(2));
        assertThat(batch.rejected().get(0).problems()).extracting(ImportIssue::line).containsExactly(5L);
    }

    @Test
    void truncatedLastRowRejectsItsOrder() {
        String text = new String(csv(ORDERS), RakutenCsvGenerator.WINDOWS_31J);
        String truncated = text.substring(0, text.lastIndexOf("\",\"", text.length() - 200) + 1);
        RejectedOrder rejected = onlyRejected(read(truncated.getBytes(RakutenCsvGenerator.WINDOWS_31J)));
        assertThat(rejected.orderNumber()).isEqualTo(number(3));
        assertThat(rejected.problems().get(0).line()).isEqualTo(7);
        assertThat(rejected.problems().get(0).message()).startsWith("列の数がヘッダーと違います（ヘッダー42列、この行");

        String cutInsideAQuote = text.substring(0, text.length() - 30);
        ImportBatch batch = read(cutInsideAQuote.getBytes(RakutenCsvGenerator.WINDOWS_31J));
        assertThat(batch.summary().fileError().line()).isEqualTo(7);
        assertThat(batch.orders()).hasSize(2);
        assertThat(batch.rejected()).extracting(RejectedOrder::orderNumber).containsExactly(number(3));
    }

    @Test
    void hugeFieldIsRejected() {
        String first = ORDERS.get(0).shipments().get(0).lines().get(0).lineId();
        RejectedOrder rejected = onlyRejected(readTweaked(HEADER, onLine(first, "コメント", "あ".repeat(70_000))));
        assertThat(rejected.problems()).extracting(ImportIssue::message)
                .containsExactly("値が長すぎます（70000文字、上限65535文字）");
    }

    @Test
    void megabyteFileIsStreamedWithProgress() {
        List<RakutenCsvGenerator.Order> many = new ArrayList<>();
        for (int i = 1; i <= 2_500; i++) {
            many.add(simpleOrder(i, 1 + i % 3));
        }
        byte[] bytes = csv(many);
        assertThat(bytes.length).isGreaterThan(1_000_000);
        AtomicLong accepted = new AtomicLong();
        AtomicLong progress = new AtomicLong();
        ReadSummary summary = new RakutenOrderCsvReader().read(FILE, Fixtures.bytes(bytes), new ImportedOrderSink() {
            @Override
            public void accepted(ImportedOrder order) {
                accepted.incrementAndGet();
            }

            @Override
            public void rejected(RejectedOrder order) {
                throw new AssertionError(order.toString());
            }

            @Override
            public void rowsRead(long rows) {
                progress.set(rows);
            }
        });
        long expectedRows = many.stream().mapToLong(order -> order.shipments().get(0).lines().size()).sum();
        assertThat(summary.failed()).isFalse();
        assertThat(summary.accepted()).isEqualTo(2_500);
        assertThat(accepted.get()).isEqualTo(2_500);
        assertThat(summary.rows()).isEqualTo(expectedRows);
        assertThat(progress.get()).isEqualTo(expectedRows);
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = from; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("not found");
    }
}
