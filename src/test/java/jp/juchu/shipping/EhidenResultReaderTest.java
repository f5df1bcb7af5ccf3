package jp.juchu.shipping;

import static jp.juchu.shipping.TrackingTestFiles.cp932Text;
import static jp.juchu.shipping.TrackingTestFiles.resourceText;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import jp.juchu.shipping.TrackingRow.KeyKind;
import org.junit.jupiter.api.Test;

class EhidenResultReaderTest {

    private static final String FIXTURE = "ehiden_shipping_history.csv";
    private static final LocalDate MAY_7 = LocalDate.of(2025, 5, 7);
    private final EhidenResultReader reader = new EhidenResultReader();

    @Test
    void readsTheShippingHistorySkippingDeletedLines() throws IOException {
        TrackingFile file = reader.read(new ByteArrayInputStream(TrackingTestFiles.resource(FIXTURE)), TrackingReadOptions.STRICT);

        assertThat(file.problems()).isEmpty();
        assertThat(file.rows()).containsExactly(
                new TrackingRow(2, "S-1001", KeyKind.SHIPMENT_ID, List.of("360123456700"), "SAGAWA", MAY_7, LocalDate.of(2025, 5, 8)),
                new TrackingRow(3, "S-1002", KeyKind.SHIPMENT_ID, List.of("360123458074"), "SAGAWA", MAY_7, null),
                new TrackingRow(4, "S-1003", KeyKind.SHIPMENT_ID, List.of("360123459441", "360123460815"), "SAGAWA", MAY_7,
                        LocalDate.of(2025, 5, 9)),
                new TrackingRow(7, "S-1005", KeyKind.SHIPMENT_ID, List.of("360123463556"), "SAGAWA", MAY_7, null));
    }

    @Test
    void aDeletedLineIsNotCheckedAtAll() throws IOException {
        TrackingFile file = read(resourceText(FIXTURE).replace("\"360123462182\"", "\"360123456700\"")
                .replace("\"S-1004\"", "\"\""));

        assertThat(file.problems()).isEmpty();
        assertThat(file.rows()).hasSize(4);
    }

    @Test
    void shippingDateTimeIsReadInTheFormsEHidenWrites() throws IOException {
        String text = resourceText(FIXTURE).replace("\"20250507\"", "\"20250507143000\"")
                .replace("\"2025/5/7 9:05\"", "\"20250507 0905\"");

        TrackingFile file = read(text);

        assertThat(file.problems()).isEmpty();
        assertThat(file.rows()).extracting(TrackingRow::shippedOn).containsOnly(MAY_7);
    }

    @Test
    void aWrongCheckDigitIsAProblemOfItsLine() throws IOException {
        TrackingFile file = read(resourceText(FIXTURE).replace("\"360123460815\"", "\"360123460816\""));

        assertThat(file.problems()).containsExactly(new TrackingProblem(5, "お問合せ送り状No", "S-1003",
                "荷物番号「360123460816」のチェックディジットが正しくありません (5行目)"));
        assertThat(file.rows()).filteredOn(row -> row.key().equals("S-1003")).singleElement()
                .extracting(TrackingRow::trackingNumbers).isEqualTo(List.of("360123459441"));
    }

    @Test
    void anInvalidShippingDateIsAProblem() throws IOException {
        TrackingFile file = read(resourceText(FIXTURE).replace("\"20250507\"", "\"20251301\""));

        assertThat(file.problems()).containsExactly(new TrackingProblem(3, "出荷日時", "S-1002",
                "出荷日時「20251301」は正しい日付ではありません（例: 2025/05/07） (3行目)"));
    }

    @Test
    void aFileWithUtf8LinesAmongWindows31jLinesNamesTheFirstBadLine() throws IOException {
        String[] lines = resourceText(FIXTURE).split("\r\n");
        ByteArrayOutputStream mixed = new ByteArrayOutputStream();
        mixed.write((lines[0] + "\r\n" + lines[1] + "\r\n").getBytes(TrackingTestFiles.WINDOWS_31J));
        mixed.write((lines[2] + "\r\n").getBytes(StandardCharsets.UTF_8));

        TrackingFile file = reader.read(new ByteArrayInputStream(mixed.toByteArray()), TrackingReadOptions.STRICT);

        assertThat(file.rows()).isEmpty();
        assertThat(file.problems()).containsExactly(new TrackingProblem(3, null, null,
                "文字コードをWindows-31J（Shift_JIS）として読めません（3行目）。"
                        + "Windows-31J（Shift_JIS）かBOM付きUTF-8で保存したCSVファイルを指定してください"));
    }

    @Test
    void aUtf8FileWithBomIsReadLikeTheOriginal() throws IOException {
        TrackingFile original = reader.read(new ByteArrayInputStream(TrackingTestFiles.resource(FIXTURE)), TrackingReadOptions.STRICT);

        TrackingFile file = reader.read(TrackingTestFiles.utf8WithBom(resourceText(FIXTURE)), TrackingReadOptions.STRICT);

        assertThat(file).isEqualTo(original);
    }

    @Test
    void aB2FileIsRefusedListingTheMissingColumns() throws IOException {
        TrackingFile file = reader.read(new ByteArrayInputStream(TrackingTestFiles.resource("b2_tracking_result.csv")),
                TrackingReadOptions.STRICT);

        assertThat(file.rows()).isEmpty();
        assertThat(file.problems()).containsExactly(new TrackingProblem(1, null, null,
                "1行目の項目名が佐川急便 e飛伝Ⅱの出荷履歴データの形式ではありません。必要な列がありません: "
                        + "お問合せ送り状No、出荷日時"));
    }

    private TrackingFile read(String text) throws IOException {
        return reader.read(cp932Text(text), TrackingReadOptions.STRICT);
    }
}
