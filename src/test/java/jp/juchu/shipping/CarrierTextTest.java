package jp.juchu.shipping;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CarrierTextTest {

    private static final Charset MS932 = Charset.forName("Windows-31J");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "髙橋|高橋", "山﨑|山崎", "德永|徳永", "濵田|濱田", "栁川|柳川", "\uD842\uDFB7野|吉野", "\uF9DC史|隆史",
            "\uFA19戸|神戸", "①|(1)", "⑨番|(9)番", "⑩|(10)", "⑳|(20)", "Ⅰ|I", "Ⅳ|IV", "Ⅷ|VIII", "Ⅹ|X", "ⅱ|ii",
            "㈱サンプル|(株)サンプル", "㈲サンプル|(有)サンプル", "№5|No.5", "℡|TEL", "㍻|平成", "㎏|kg"})
    void replacesExtensionCharactersWithTheirStandardForm(String raw, String expected) {
        LabelWarnings warnings = new LabelWarnings();

        assertThat(CarrierText.text(raw, "品名", warnings)).isEqualTo(expected);
        assertThat(warnings.list()).isNotEmpty().allSatisfy(w -> assertThat(w).startsWith("品名: 「"));
    }

    @Test
    void replacementTableCoversEveryCircledNumberAndRomanNumeral() {
        for (int n = 1; n <= 20; n++) {
            assertThat(CarrierText.text(Character.toString(0x2460 + n - 1), "f", new LabelWarnings())).isEqualTo("(" + n + ")");
        }
        String[] romans = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"};
        for (int n = 0; n < romans.length; n++) {
            assertThat(CarrierText.text(Character.toString(0x2160 + n), "f", new LabelWarnings())).isEqualTo(romans[n]);
        }
    }

    @Test
    void waveDashAndMinusComeOutAsTheirWindows31jCodes() {
        LabelWarnings warnings = new LabelWarnings();

        String text = CarrierText.text("1\u301C2\uFF5E3\u22124\uFF0D", "記事", warnings);

        assertThat(text.getBytes(MS932)).containsExactly(
                '1', 0x81, 0x60, '2', 0x81, 0x60, '3', 0x81, 0x7C, '4', 0x81, 0x7C);
        assertThat(warnings.list()).as("same glyph, nothing to warn about").isEmpty();
    }

    @Test
    void spacesControlsQuotesAndCommasAreMadeSafeForTheLabelPrograms() {
        LabelWarnings warnings = new LabelWarnings();

        assertThat(CarrierText.text("\u00A0佐藤\u3000一郎\r\n様", "n", warnings)).isEqualTo("佐藤 一郎  様");
        assertThat(CarrierText.text("ギフト \"特撰\", 桐箱", "n", warnings)).isEqualTo("ギフト 特撰  桐箱");
        assertThat(CarrierText.text(null, "n", warnings)).isEmpty();
        assertThat(warnings.list()).isEmpty();
    }

    @Test
    void charactersWithoutAStandardFormBecomeAGetaMarkWithAWarning() {
        LabelWarnings warnings = new LabelWarnings();

        String text = CarrierText.text("みかん\uD83C\uDF4Aジュース 纊 ∑ \uE000", "品名１", warnings);

        assertThat(text).isEqualTo("みかん〓ジュース 〓 〓 〓");
        assertThat(warnings.list()).hasSize(4).first().asString()
                .isEqualTo("品名１: 「\uD83C\uDF4A」(U+1F34A)は配送伝票に印字できないため「〓」にしました");
    }

    @Test
    void everyCharacterComesOutAsAsciiHalfWidthKanaOrJisX0208Level1And2() {
        for (int cp = 0; cp <= 0xFFFF; cp++) {
            if (Character.isSurrogate((char) cp)) {
                continue;
            }
            String text = CarrierText.text("a" + Character.toString(cp) + "a", "f", new LabelWarnings());
            byte[] bytes = text.getBytes(MS932);
            assertThat(new String(bytes, MS932)).as("U+%04X round trip", cp).isEqualTo(text);
            for (int i = 0; i < bytes.length; i++) {
                int b = bytes[i] & 0xFF;
                if (b >= 0x80 && !(b >= 0xA1 && b <= 0xDF)) {
                    assertThat((b >= 0x81 && b <= 0x84) || (b >= 0x88 && b <= 0x9F) || (b >= 0xE0 && b <= 0xEA))
                            .as("U+%04X lead byte %02X", cp, b).isTrue();
                    i++;
                } else {
                    assertThat(b).as("U+%04X byte %02X", cp, b).isBetween(0x20, 0xDF);
                }
            }
        }
    }

    @Test
    void fittingNeverCutsACharacterInHalf() {
        String text = "ｱ東京都A渋谷ｶﾞ区1-2 髙";
        String printable = CarrierText.text(text, "f", new LabelWarnings());
        byte[] all = printable.getBytes(MS932);
        for (int limit = 0; limit <= all.length + 1; limit++) {
            String head = CarrierText.head(printable, limit);
            byte[] headBytes = head.getBytes(MS932);
            assertThat(headBytes.length).isLessThanOrEqualTo(limit).isEqualTo(CarrierText.bytes(head));
            assertThat(Arrays.copyOf(all, headBytes.length)).isEqualTo(headBytes);
            if (head.length() < printable.length()) {
                assertThat(CarrierText.bytes(printable.substring(0, head.length() + 1))).isGreaterThan(limit);
            }
        }
    }

    @Test
    void fitReportsWhatItLeftOut() {
        LabelWarnings warnings = new LabelWarnings();

        assertThat(CarrierText.fit("あいうえお", 5, "お届け先名", warnings)).isEqualTo("あい");
        assertThat(CarrierText.fit("あいう", 6, "お届け先名", warnings)).isEqualTo("あいう");
        assertThat(warnings.list()).containsExactly("お届け先名: 5バイトを超えるため「うえお」を省きました");
    }

    @Test
    void cutPrefersTheLastSpaceInTheSecondHalfOfTheLimit() {
        assertThat(CarrierText.cut("東京都渋谷区渋谷9-98-1 グリーンコート305", 32))
                .containsExactly("東京都渋谷区渋谷9-98-1", "グリーンコート305");
        assertThat(CarrierText.cut("東京都　渋谷区渋谷9-98-1グリーンコート305", 32))
                .as("a space in the first half is not used").containsExactly("東京都　渋谷区渋谷9-98-1グリーン", "コート305");
        assertThat(CarrierText.cut("あいうえおかきくけこ さしす", 20)).containsExactly("あいうえおかきくけこ", "さしす");
        assertThat(CarrierText.cut("短い住所", 32)).containsExactly("短い住所", "");
    }

    @Test
    void cutUsesAnEarlySpaceWhenTheRestThenFitsAndNeverLeavesAMinusAtTheStartOfTheRest() {
        assertThat(CarrierText.cut("神奈川県横浜市西区みなとみらい９－９－９　テストレジデンス２８０１", 32, 64))
                .containsExactly("神奈川県横浜市西区みなとみらい", "９－９－９　テストレジデンス２８０１");
        assertThat(CarrierText.cut("９－９－９　テストレジデンス２８０１", 32, 32))
                .containsExactly("９－９－９", "テストレジデンス２８０１");
        assertThat(CarrierText.cut("９－９－９　テストレジデンス２８０１", 32, 0))
                .containsExactly("９－９－９　テストレジデンス２８", "０１");
        assertThat(CarrierText.cut("1234567-=+@8", 7, 10)).containsExactly("123456", "7-=+@8");
    }

    @Test
    void flowFillsTheFieldsInTurnAndWarnsAboutTheRest() {
        LabelWarnings warnings = new LabelWarnings();

        String[] fields = CarrierText.flow("あいうえおかきくけこさしすせそたちつてと", 2, 16, "住所", warnings);

        assertThat(fields).containsExactly("あいうえおかきく", "けこさしすせそた");
        assertThat(warnings.list()).containsExactly("住所: 2欄に入りきらないため「ちつてと」を省きました");
    }

    @Test
    void kanaColumnsGetHalfWidthKana() {
        LabelWarnings warnings = new LabelWarnings();

        assertThat(CarrierText.halfWidthKana("サンプルザッカテン", "カナ", warnings)).isEqualTo("ｻﾝﾌﾟﾙｻﾞｯｶﾃﾝ");
        assertThat(CarrierText.halfWidthKana("やまだ　たろう", "カナ", warnings)).isEqualTo("ﾔﾏﾀﾞ ﾀﾛｳ");
        assertThat(CarrierText.halfWidthKana("ヴィーナス・ＡＢＣ", "カナ", warnings)).isEqualTo("ｳﾞｨｰﾅｽ･ABC");
        assertThat(warnings.list()).isEmpty();
        assertThat(CarrierText.halfWidthKana("ジュチュウ商店", "カナ", warnings)).isEqualTo("ｼﾞｭﾁｭｳ");
        assertThat(warnings.list()).containsExactly("カナ: 半角カナにできない「商店」を省きました");
    }

    @Test
    void fullWidthFormsForFieldsCountedInFullWidthCharacters() {
        assertThat(CarrierText.fullWidth("ﾔﾏﾀﾞ ﾀﾛｳ 9-9 ﾊﾟﾚｽA'")).isEqualTo("ヤマダ　タロウ　９－９　パレスＡ’");
        for (char c = '!'; c <= '~'; c++) {
            String full = CarrierText.fullWidth(String.valueOf(c));
            assertThat(CarrierText.isJisPrintable(full.codePointAt(0))).as("%s", c).isTrue();
            assertThat(CarrierText.bytes(full)).isEqualTo(2);
        }
    }

    @Test
    void phonesAndPostalCodes() {
        assertThat(CarrierText.phone("０９０－１２３４－５６７８")).isEqualTo("090-1234-5678");
        assertThat(CarrierText.phone("03(0000)1234")).isEqualTo("0300001234");
        assertThat(CarrierText.phone("なし")).isEmpty();
        assertThat(CarrierText.postalCode("1500002")).isEqualTo("150-0002");
        assertThat(CarrierText.postalCode("〒１５０－０００２")).isEqualTo("150-0002");
        assertThat(CarrierText.postalCode("153-001")).isNull();
    }

    @Test
    void warningsNameTheFieldOnceEach() {
        LabelWarnings warnings = new LabelWarnings();
        List<String> names = new ArrayList<>();

        names.add(CarrierText.text("髙橋 髙志", "お届け先名", warnings));

        assertThat(names).containsExactly("高橋 高志");
        assertThat(warnings.list()).containsExactly("お届け先名: 「髙」を「高」に置き換えました");
    }
}
