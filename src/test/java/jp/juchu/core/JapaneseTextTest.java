package jp.juchu.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JapaneseTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "１５０－０００２|150-0002",
        "ＡＢＣ　ｘｙｚ|ABC xyz",
        "０９０‐１２３４‐５６７８|090-1234-5678",
        "03−0000−1111|03-0000-1111",
        "渋谷９ー９８ー１|渋谷9-98-1",
        "1ｰ2|1-2",
        "1―2|1-2",
        "コーヒー|コーヒー",
        "ｺｰﾋｰ|コーヒー",
        "ｶﾞｷﾞﾊﾟﾋﾟｳﾞ|ガギパピヴ",
        "ﾜﾞ|ワ゛",
        "ｻﾄｳ ｲﾁﾛｳ|サトウ イチロウ",
        "｢ﾃｽﾄ｣､｡|「テスト」、。",
        "髙橋 山﨑 ①㈱|髙橋 山﨑 ①㈱",
        "18:00〜20:00|18:00～20:00",
        "18:00～20:00|18:00～20:00",
        "（店舗休業日を除く）|(店舗休業日を除く)",
        "'  前後の空白　'|前後の空白",
        "‖¢£¬—|∥￠￡￢―",
    })
    void normalizesWithoutBreakingJapanese(String input, String expected) {
        assertThat(JapaneseText.normalize(input)).isEqualTo(expected.replace("'", ""));
    }

    @Test
    void keepsLineBreaksAsLineFeeds() {
        assertThat(JapaneseText.normalize("[配送日時指定:]\r\n2025-05-10(土)\r18:00～20:00\n"))
                .isEqualTo("[配送日時指定:]\n2025-05-10(土)\n18:00～20:00");
    }

    @Test
    void nullAndBlank() {
        assertThat(JapaneseText.normalize(null)).isNull();
        assertThat(JapaneseText.normalizeToNull("　 ")).isNull();
        assertThat(JapaneseText.normalizeToNull(" a ")).isEqualTo("a");
    }

    @Test
    void digitsOf() {
        assertThat(JapaneseText.digitsOf("〒１５０－０００２")).isEqualTo("1500002");
        assertThat(JapaneseText.digitsOf(null)).isEmpty();
    }
}
