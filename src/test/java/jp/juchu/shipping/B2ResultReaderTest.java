package jp.juchu.shipping;

import static jp.juchu.shipping.TrackingTestFiles.cp932;
import static jp.juchu.shipping.TrackingTestFiles.cp932Text;
import static jp.juchu.shipping.TrackingTestFiles.resourceText;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import jp.juchu.core.TrackingNumbers;
import jp.juchu.shipping.TrackingRow.KeyKind;
import org.junit.jupiter.api.Test;

class B2ResultReaderTest {

    private static final String FIXTURE = "b2_tracking_result.csv";
    private final B2ResultReader reader = new B2ResultReader();

    @Test
    void readsEveryLabelOfTheFixture() throws IOException {
        TrackingFile file = reader.read(new ByteArrayInputStream(TrackingTestFiles.resource(FIXTURE)), TrackingReadOptions.STRICT);

        assertThat(file.problems()).isEmpty();
        assertThat(file.rows()).hasSize(18);
        assertThat(file.rows()).allSatisfy(row -> {
            assertThat(row.keyKind()).isEqualTo(KeyKind.SHIPMENT_ID);
            assertThat(row.carrierCode()).isEqualTo("YAMATO");
            assertThat(row.shippedOn()).isEqualTo(LocalDate.of(2025, 5, 7));
            assertThat(row.trackingNumbers()).allSatisfy(n -> assertThat(TrackingNumbers.isValid12(n)).isTrue());
        });
        assertThat(file.rows().get(0)).isEqualTo(new TrackingRow(2, "399999-20250501-1000007919", KeyKind.SHIPMENT_ID,
                List.of("401234501371"), "YAMATO", LocalDate.of(2025, 5, 7), null));
        assertThat(file.rows().get(1)).isEqualTo(new TrackingRow(3, "399999-20250501-1000031676", KeyKind.SHIPMENT_ID,
                List.of("401234502745"), "YAMATO", LocalDate.of(2025, 5, 7), LocalDate.of(2025, 5, 8)));
        assertThat(file.rows().get(18 - 1)).isEqualTo(new TrackingRow(20, "MANUAL-0001", KeyKind.SHIPMENT_ID,
                List.of("401234526033"), "YAMATO", LocalDate.of(2025, 5, 7), null));
    }

    @Test
    void twoLinesWithTheSameKeyBecomeOneRowWithBothNumbers() throws IOException {
        TrackingFile file = reader.read(new ByteArrayInputStream(TrackingTestFiles.resource(FIXTURE)), TrackingReadOptions.STRICT);

        assertThat(file.rows()).filteredOn(row -> row.key().equals("399999-20250502-1000071271")).singleElement()
                .satisfies(row -> {
                    assertThat(row.line()).isEqualTo(6);
                    assertThat(row.trackingNumbers()).containsExactly("401234506853", "401234508220");
                });
    }

    @Test
    void aWrongCheckDigitRejectsThatLineOnly() throws IOException {
        TrackingFile file = read(resourceText(FIXTURE).replace("401234504112", "401234504113"));

        assertThat(file.problems()).containsExactly(new TrackingProblem(4, "伝票番号", "399999-20250501-1000039595",
                "荷物番号「401234504113」のチェックディジットが正しくありません (4行目)"));
        assertThat(file.rows()).hasSize(17).extracting(TrackingRow::key).doesNotContain("399999-20250501-1000039595");
    }

    @Test
    void aNumberThatIsNotTwelveDigitsIsAProblem() throws IOException {
        TrackingFile file = read(resourceText(FIXTURE).replace("\"401234501371\"", "\"40123450137\""));

        assertThat(file.problems()).containsExactly(new TrackingProblem(2, "伝票番号", "399999-20250501-1000007919",
                "荷物番号「40123450137」は12桁の数字ではありません (2行目)"));
    }

    @Test
    void hyphensAndSpacesInTheNumberAreRemoved() throws IOException {
        TrackingFile file = read(resourceText(FIXTURE).replace("\"401234501371\"", "\" 4012-3450-1371 \""));

        assertThat(file.problems()).isEmpty();
        assertThat(file.rows().get(0).trackingNumbers()).containsExactly("401234501371");
    }

    @Test
    void aUtf8FileIsOneFileLevelProblemWithoutRows() throws IOException {
        byte[] utf8 = resourceText(FIXTURE).getBytes(StandardCharsets.UTF_8);

        TrackingFile file = reader.read(new ByteArrayInputStream(utf8), TrackingReadOptions.STRICT);

        assertThat(file.rows()).isEmpty();
        assertThat(file.problems()).containsExactly(new TrackingProblem(1, null, null,
                "文字コードをWindows-31J（Shift_JIS）として読めません（1行目）。UTF-8（BOMなし）で保存されたファイルのようです。"
                        + "Windows-31J（Shift_JIS）かBOM付きUTF-8で保存したCSVファイルを指定してください"));
    }

    @Test
    void aBinaryFileIsOneFileLevelProblemNamingTheLine() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};

        TrackingFile file = reader.read(new ByteArrayInputStream(png), TrackingReadOptions.STRICT);

        assertThat(file.rows()).isEmpty();
        assertThat(file.problems()).containsExactly(new TrackingProblem(3, null, null,
                "文字コードをWindows-31J（Shift_JIS）として読めません（3行目）。"
                        + "Windows-31J（Shift_JIS）かBOM付きUTF-8で保存したCSVファイルを指定してください"));
    }

    @Test
    void aMissingColumnIsOneFileLevelProblemListingIt() throws IOException {
        TrackingFile file = read(resourceText(FIXTURE).replaceFirst("\"伝票番号\"", "\"伝票No\""));

        assertThat(file.rows()).isEmpty();
        assertThat(file.problems()).containsExactly(new TrackingProblem(1, null, null,
                "1行目の項目名がヤマトB2クラウドの発行済データの形式ではありません。必要な列がありません: 伝票番号"));
    }

    @Test
    void anotherCarriersFileIsRefusedWithAllMissingColumns() throws IOException {
        TrackingFile file = reader.read(new ByteArrayInputStream(TrackingTestFiles.resource("ehiden_shipping_history.csv")),
                TrackingReadOptions.STRICT);

        assertThat(file.rows()).isEmpty();
        assertThat(file.problems()).extracting(TrackingProblem::message).containsExactly(
                "1行目の項目名がヤマトB2クラウドの発行済データの形式ではありません。必要な列がありません: お客様管理番号、伝票番号、出荷予定日");
    }

    @Test
    void columnsAreFoundByNameInAnyOrderAmongExtraColumns() throws IOException {
        TrackingFile file = reader.read(cp932(
                "備考,出荷予定日,伝票番号,送り状種類,お客様管理番号,お届け予定（指定）日",
                "メモ,2025/05/07,444413758703,0,S-1,2025/05/09",
                "メモ,2025/05/07,512547514334,0,S-2,"), TrackingReadOptions.STRICT);

        assertThat(file.problems()).isEmpty();
        assertThat(file.rows()).containsExactly(
                new TrackingRow(2, "S-1", KeyKind.SHIPMENT_ID, List.of("444413758703"), "YAMATO", LocalDate.of(2025, 5, 7),
                        LocalDate.of(2025, 5, 9)),
                new TrackingRow(3, "S-2", KeyKind.SHIPMENT_ID, List.of("512547514334"), "YAMATO", LocalDate.of(2025, 5, 7), null));
    }

    @Test
    void theSameNumberUnderTwoKeysIsAProblemOfTheLaterLineNamingBoth() throws IOException {
        TrackingFile file = read(resourceText(FIXTURE).replace("401234509594", "401234501371"));

        assertThat(file.problems()).containsExactly(new TrackingProblem(8, "伝票番号", "399999-20250502-1000095028",
                "荷物番号「401234501371」は2行目のお客様管理番号「399999-20250501-1000007919」にも使われています (8行目)"));
        assertThat(file.rows()).hasSize(17);
        assertThat(file.rows().get(0).trackingNumbers()).containsExactly("401234501371");
    }

    @Test
    void anExactlyRepeatedLineIsMergedSilently() throws IOException {
        String text = resourceText(FIXTURE);
        String line3 = text.split("\r\n")[2];

        TrackingFile file = read(text + line3 + "\r\n");

        assertThat(file.problems()).isEmpty();
        assertThat(file.rows()).hasSize(18);
        assertThat(file.rows().get(1).trackingNumbers()).containsExactly("401234502745");
    }

    @Test
    void aLaterLineOfTheSameKeyWithAnotherShippingDateIsAProblem() throws IOException {
        String[] lines = resourceText(FIXTURE).split("\r\n");
        lines[6] = lines[6].replaceFirst("\"2025/05/07\"", "\"2025/05/08\"");

        TrackingFile file = read(String.join("\r\n", lines) + "\r\n");

        assertThat(file.problems()).containsExactly(new TrackingProblem(7, "出荷予定日", "399999-20250502-1000071271",
                "出荷予定日「2025/05/08」が同じお客様管理番号「399999-20250502-1000071271」の6行目（2025/05/07）と異なります (7行目)"));
        assertThat(file.rows()).filteredOn(row -> row.key().equals("399999-20250502-1000071271")).singleElement()
                .extracting(TrackingRow::trackingNumbers).isEqualTo(List.of("401234506853"));
    }

    @Test
    void aBlankNumberIsAProblemUnlessTheOptionsGiveAText() throws IOException {
        String text = resourceText(FIXTURE).replace("\"401234504112\"", "\"\"");

        TrackingFile strict = read(text);
        TrackingFile lenient = reader.read(cp932Text(text), new TrackingReadOptions("メール便"));

        assertThat(strict.problems()).containsExactly(new TrackingProblem(4, "伝票番号", "399999-20250501-1000039595",
                "荷物番号が空欄です（メール便など番号のない出荷は「荷物番号が空欄なら指定文字列」を設定してください） (4行目)"));
        assertThat(strict.rows()).hasSize(17);
        assertThat(lenient.problems()).isEmpty();
        assertThat(lenient.rows()).filteredOn(row -> row.key().equals("399999-20250501-1000039595")).singleElement()
                .extracting(TrackingRow::trackingNumbers).isEqualTo(List.of("メール便"));
    }

    @Test
    void anInvalidDateIsAProblemWithLineAndColumn() throws IOException {
        String[] lines = resourceText(FIXTURE).split("\r\n");
        lines[1] = lines[1].replaceFirst("\"2025/05/07\"", "\"2025/02/30\"");
        lines[2] = lines[2].replace("\"2025/05/08\"", "\"5月8日\"");

        TrackingFile file = read(String.join("\r\n", lines) + "\r\n");

        assertThat(file.problems()).containsExactly(
                new TrackingProblem(2, "出荷予定日", "399999-20250501-1000007919",
                        "出荷予定日「2025/02/30」は正しい日付ではありません（例: 2025/05/07） (2行目)"),
                new TrackingProblem(3, "お届け予定（指定）日", "399999-20250501-1000031676",
                        "お届け予定（指定）日「5月8日」は正しい日付ではありません（例: 2025/05/07） (3行目)"));
        assertThat(file.rows()).hasSize(16);
    }

    @Test
    void aBlankKeyIsAProblem() throws IOException {
        TrackingFile file = read(resourceText(FIXTURE).replace("\"MANUAL-0001\"", "\"\""));

        assertThat(file.problems()).containsExactly(new TrackingProblem(20, "お客様管理番号", null, "お客様管理番号が空欄です (20行目)"));
    }

    @Test
    void lfLineEndingsReadLikeCrLf() throws IOException {
        TrackingFile crlf = read(resourceText(FIXTURE));
        TrackingFile lf = read(resourceText(FIXTURE).replace("\r\n", "\n"));

        assertThat(lf).isEqualTo(crlf);
    }

    @Test
    void quotedCommasAndLineBreaksAreCellContentAndLinesStayPhysical() throws IOException {
        TrackingFile file = read(resourceText(FIXTURE).replace("\"グリーンコート305\"", "\"グリーン,コート\r\n305号室\""));

        assertThat(file.problems()).isEmpty();
        assertThat(file.rows()).hasSize(18);
        assertThat(file.rows().get(0).line()).isEqualTo(2);
        assertThat(file.rows().get(1).line()).isEqualTo(4);
        assertThat(file.rows().get(17).line()).isEqualTo(21);
    }

    @Test
    void anUnclosedQuoteIsAFileLevelProblem() throws IOException {
        TrackingFile file = read(resourceText(FIXTURE).replace("\"MANUAL-0001\"", "\"MANUAL-0001"));

        assertThat(file.rows()).isEmpty();
        assertThat(file.problems()).containsExactly(new TrackingProblem(20, null, null,
                "20行目以降をCSVとして読めません（引用符「\"」が閉じられていません）"));
    }

    @Test
    void anEmptyFileIsAProblem() throws IOException {
        TrackingFile file = reader.read(new ByteArrayInputStream(new byte[0]), TrackingReadOptions.STRICT);

        assertThat(file.rows()).isEmpty();
        assertThat(file.problems()).containsExactly(new TrackingProblem(1, null, null, "ファイルが空です（1行目に項目名の行が必要です）"));
    }

    private TrackingFile read(String text) throws IOException {
        return reader.read(cp932Text(text), TrackingReadOptions.STRICT);
    }
}
