package jp.juchu.shipping;

import static jp.juchu.shipping.TrackingTestFiles.cp932;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import jp.juchu.shipping.TrackingRow.KeyKind;
import org.junit.jupiter.api.Test;

class GenericTrackingReaderTest {

    private static final LocalDate MAY_7 = LocalDate.of(2025, 5, 7);
    private final GenericTrackingReader reader = new GenericTrackingReader();

    @Test
    void readsMallOrderNumbersWithCarrierNamesAndTheThreeDateForms() throws IOException {
        TrackingFile file = reader.read(cp932(
                "注文番号,伝票番号,配送業者,出荷日,配送日,備考",
                "399999-20250501-1000007919,401234501371,ヤマト運輸,2025/05/07,2025-05-09,\"赤, 青\"",
                "249-9411384-6670874,444413758703,YAMATO,2025-05-07,,",
                "samplezakka-10000102,512547514334,佐川急便,20250507,20250508,",
                "samplezakka-10000103,1234567890,西濃運輸,2025/5/7,,",
                "samplezakka-10000104,EJ123456789JP,日本郵便,,,"), TrackingReadOptions.STRICT);

        assertThat(file.problems()).isEmpty();
        assertThat(file.rows()).containsExactly(
                new TrackingRow(2, "399999-20250501-1000007919", KeyKind.MALL_ORDER_NUMBER, List.of("401234501371"), "YAMATO",
                        MAY_7, LocalDate.of(2025, 5, 9)),
                new TrackingRow(3, "249-9411384-6670874", KeyKind.MALL_ORDER_NUMBER, List.of("444413758703"), "YAMATO", MAY_7, null),
                new TrackingRow(4, "samplezakka-10000102", KeyKind.MALL_ORDER_NUMBER, List.of("512547514334"), "SAGAWA", MAY_7,
                        LocalDate.of(2025, 5, 8)),
                new TrackingRow(5, "samplezakka-10000103", KeyKind.MALL_ORDER_NUMBER, List.of("1234567890"), "SEINO", MAY_7, null),
                new TrackingRow(6, "samplezakka-10000104", KeyKind.MALL_ORDER_NUMBER, List.of("EJ123456789JP"), "JAPANPOST", null,
                        null));
    }

    @Test
    void aUtf8FileWithBomKeyedByShipmentIdAndEnglishNumberColumn() throws IOException {
        TrackingFile file = reader.read(TrackingTestFiles.utf8WithBom(
                "お客様管理番号,tracking-number\n"
                        + "S-1,405548424886\n"
                        + "S-1,444413758703\n"
                        + "S-2,512547514334\n"), TrackingReadOptions.STRICT);

        assertThat(file.problems()).isEmpty();
        assertThat(file.rows()).containsExactly(
                new TrackingRow(2, "S-1", KeyKind.SHIPMENT_ID, List.of("405548424886", "444413758703"), null, null, null),
                new TrackingRow(4, "S-2", KeyKind.SHIPMENT_ID, List.of("512547514334"), null, null, null));
    }

    @Test
    void aUtf8FileWithoutBomIsRefusedWithAHint() throws IOException {
        TrackingFile file = reader.read(new ByteArrayInputStream("注文番号,荷物番号\r\nA-1,405548424886\r\n".getBytes(StandardCharsets.UTF_8)),
                TrackingReadOptions.STRICT);

        assertThat(file.rows()).isEmpty();
        assertThat(file.problems()).containsExactly(new TrackingProblem(1, null, null,
                "文字コードをWindows-31J（Shift_JIS）として読めません（1行目）。UTF-8（BOMなし）で保存されたファイルのようです。"
                        + "Windows-31J（Shift_JIS）かBOM付きUTF-8で保存したCSVファイルを指定してください"));
    }

    @Test
    void withoutAKeyColumnTheFileIsRefused() throws IOException {
        TrackingFile file = reader.read(cp932("受注番号,荷物番号", "A-1,405548424886"), TrackingReadOptions.STRICT);
        TrackingFile nothing = reader.read(cp932("受注番号,番号", "A-1,405548424886"), TrackingReadOptions.STRICT);

        assertThat(file.rows()).isEmpty();
        assertThat(file.problems()).containsExactly(new TrackingProblem(1, null, null,
                "1行目の項目名が荷物番号ファイルの形式ではありません。必要な列がありません: 注文番号（またはお客様管理番号）"));
        assertThat(nothing.problems()).extracting(TrackingProblem::message).containsExactly(
                "1行目の項目名が荷物番号ファイルの形式ではありません。必要な列がありません: 注文番号（またはお客様管理番号）、荷物番号");
    }

    @Test
    void twelveDigitsMustPassTheCheckDigitUnlessTheCarrierDoesNotUseIt() throws IOException {
        TrackingFile file = reader.read(cp932(
                "注文番号,お問い合わせ番号,配送業者",
                "A-1,405548424887,",
                "A-2,405548424887,YAMATO",
                "A-3,405548424887,FUKUYAMA",
                "A-4,4055-4842-4886,日本郵便"), TrackingReadOptions.STRICT);

        assertThat(file.problems()).containsExactly(
                new TrackingProblem(2, "お問い合わせ番号", "A-1", "荷物番号「405548424887」のチェックディジットが正しくありません (2行目)"),
                new TrackingProblem(3, "お問い合わせ番号", "A-2", "荷物番号「405548424887」のチェックディジットが正しくありません (3行目)"));
        assertThat(file.rows()).extracting(TrackingRow::key, TrackingRow::trackingNumbers).containsExactly(
                tuple("A-3", List.of("405548424887")),
                tuple("A-4", List.of("405548424886")));
    }

    @Test
    void otherNumberFormsAreLimitedToFortyLettersDigitsAndHyphens() throws IOException {
        String tooLong = "A".repeat(41);

        TrackingFile file = reader.read(cp932(
                "注文番号,追跡番号",
                "A-1,12345/678",
                "A-2," + tooLong,
                "A-3,AB-12-34"), TrackingReadOptions.STRICT);

        assertThat(file.problems()).containsExactly(
                new TrackingProblem(2, "追跡番号", "A-1", "荷物番号「12345/678」は使えません（半角英数字とハイフンで40文字まで） (2行目)"),
                new TrackingProblem(3, "追跡番号", "A-2", "荷物番号「" + tooLong + "」は使えません（半角英数字とハイフンで40文字まで） (3行目)"));
        assertThat(file.rows()).singleElement().extracting(TrackingRow::trackingNumbers).isEqualTo(List.of("AB1234"));
    }

    @Test
    void anUnknownCarrierAndBadDatesAreProblemsOfTheLine() throws IOException {
        TrackingFile file = reader.read(cp932(
                "注文番号,荷物番号,配送業者,出荷日,配送日",
                "A-1,405548424886,クロネコ便,2025/05/32,明日"), TrackingReadOptions.STRICT);

        assertThat(file.rows()).isEmpty();
        assertThat(file.problems()).containsExactly(
                new TrackingProblem(2, "配送業者", "A-1", "配送業者「クロネコ便」を判別できません（" + TrackingLine.CARRIER_CHOICES + "） (2行目)"),
                new TrackingProblem(2, "出荷日", "A-1", "出荷日「2025/05/32」は正しい日付ではありません（例: 2025/05/07） (2行目)"),
                new TrackingProblem(2, "配送日", "A-1", "配送日「明日」は正しい日付ではありません（例: 2025/05/07） (2行目)"));
    }

    @Test
    void withBothKeyColumnsALinePrefersTheShipmentId() throws IOException {
        TrackingFile file = reader.read(cp932(
                "注文番号,お客様管理番号,荷物番号",
                "A-1,S-1,405548424886",
                "A-2,,444413758703",
                ",,512547514334",
                "A-3,S-3,405548424886"), TrackingReadOptions.STRICT);

        assertThat(file.rows()).containsExactly(
                new TrackingRow(2, "S-1", KeyKind.SHIPMENT_ID, List.of("405548424886"), null, null, null),
                new TrackingRow(3, "A-2", KeyKind.MALL_ORDER_NUMBER, List.of("444413758703"), null, null, null));
        assertThat(file.problems()).containsExactly(
                new TrackingProblem(4, "注文番号", null, "お客様管理番号と注文番号が空欄です (4行目)"),
                new TrackingProblem(5, "荷物番号", "S-3", "荷物番号「405548424886」は2行目のお客様管理番号「S-1」にも使われています (5行目)"));
    }

    @Test
    void theSameTextAsOrderNumberAndShipmentIdAreDifferentKeys() throws IOException {
        TrackingFile file = reader.read(cp932(
                "注文番号,お客様管理番号,荷物番号",
                ",X-1,405548424886",
                "X-1,,405548424886"), TrackingReadOptions.STRICT);

        assertThat(file.problems()).extracting(TrackingProblem::message).containsExactly(
                "荷物番号「405548424886」は2行目のお客様管理番号「X-1」にも使われています (3行目)");
    }

    @Test
    void blankNumbersGetTheOptionsTextOnlyWhenTheKeyHasNoNumberAtAll() throws IOException {
        TrackingReadOptions mailService = new TrackingReadOptions("メール便");

        TrackingFile file = reader.read(cp932(
                "注文番号,荷物番号",
                "A-1,",
                "A-2,",
                "A-3,405548424886",
                "A-3,"), mailService);
        TrackingFile strict = reader.read(cp932("注文番号,荷物番号", "A-1,"), TrackingReadOptions.STRICT);

        assertThat(file.problems()).isEmpty();
        assertThat(file.rows()).extracting(TrackingRow::trackingNumbers)
                .containsExactly(List.of("メール便"), List.of("メール便"), List.of("405548424886"));
        assertThat(strict.rows()).isEmpty();
        assertThat(strict.problems()).containsExactly(new TrackingProblem(2, "荷物番号", "A-1",
                "荷物番号が空欄です（メール便など番号のない出荷は「荷物番号が空欄なら指定文字列」を設定してください） (2行目)"));
    }

    @Test
    void lfFilesWithQuotedCellsAndBlankLinesKeepPhysicalLineNumbers() throws IOException {
        TrackingFile file = reader.read(TrackingTestFiles.cp932Text(
                "\"注文番号\",\"荷物番号\",\"備考\"\n"
                        + "\n"
                        + "\"A-1\",\"405548424886\",\"1行目,\n2行目\"\n"
                        + ",,\n"
                        + "\"A-2\",\"444413758703\",\"\"\"引用\"\"\""), TrackingReadOptions.STRICT);

        assertThat(file.problems()).isEmpty();
        assertThat(file.rows()).extracting(TrackingRow::line, TrackingRow::key).containsExactly(
                tuple(3, "A-1"), tuple(6, "A-2"));
    }
}
