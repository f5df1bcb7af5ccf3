package jp.juchu.shop;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MallNamesTest {

    @Test
    void fullWidthSpacesLettersAndDigitsAreFoldedAndTheNameTrimmed() {
        assertThat(MallNames.normalize("\u3000ＰａｙＰａｙ残高等払い ")).isEqualTo("PayPay残高等払い");
        assertThat(MallNames.normalize("Ａｐｐｌｅ\u3000Ｐａｙ")).isEqualTo("Apple Pay");
        assertThat(MallNames.normalize("宅配便（クール）")).isEqualTo(MallNames.normalize("宅配便(クール)"));
        assertThat(MallNames.normalize("ｸﾚｼﾞｯﾄｶｰﾄﾞ")).isEqualTo("クレジットカード");
    }

    @Test
    void otherwiseTheComparisonIsExact() {
        assertThat(MallNames.normalize("other")).isNotEqualTo(MallNames.normalize("Other"));
        assertThat(MallNames.normalize("たくはいびん")).isNotEqualTo(MallNames.normalize("タクハイビン"));
        assertThat(MallNames.normalize("宅配 便")).isNotEqualTo(MallNames.normalize("宅配便"));
        assertThat(MallNames.normalize(null)).isEmpty();
    }

    @Test
    void aCellSplitsOnNewlinesAndCommasButKeepsTheJapaneseComma() {
        assertThat(MallNames.splitCell("宅配便\r\n宅急便, 宅配便(クール)，メール便\n\n"))
                .containsExactly("宅配便", "宅急便", "宅配便(クール)", "メール便");
        assertThat(MallNames.splitCell("ローソン、郵便局ATM等（前払）")).containsExactly("ローソン、郵便局ATM等（前払）");
        assertThat(MallNames.splitCell("  ")).isEmpty();
        assertThat(MallNames.splitCell(null)).isEmpty();
    }

    @Test
    void trackingUrlReplacesThePlaceholder() {
        CarrierRef yamato = new CarrierRef("YAMATO", "ヤマト運輸", "https://example.jp/t?n={trackingNumber}", LabelSoftware.B2CLOUD);
        assertThat(yamato.trackingUrl(" 444413758703 ")).hasValue("https://example.jp/t?n=444413758703");
        assertThat(yamato.trackingUrl("")).isEmpty();
        assertThat(new CarrierRef("OTHER", "その他", null, LabelSoftware.NONE).trackingUrl("1")).isEmpty();
    }
}
