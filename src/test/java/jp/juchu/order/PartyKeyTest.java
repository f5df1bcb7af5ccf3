package jp.juchu.order;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PartyKeyTest {

    private static PartyKey key(String name, String postal, String prefecture, String address1, String address2, String phone) {
        return PartyKey.of(new Contact(name, null, postal, prefecture, address1, address2, phone));
    }

    @Test
    void widthSpacesAndHyphensDoNotCount() {
        PartyKey typed = key("受注　太郎", "〒１５０－０００２", "東京都", "渋谷区渋谷１−２ー３", "渋谷ビル　４Ｆ", "０３（１２３４）５６７８");
        PartyKey imported = key("受注太郎", "1500002", "東京", "渋谷区渋谷1-2-3渋谷ビル4F", null, "03-1234-5678");

        assertThat(typed).isEqualTo(imported);
        assertThat(typed.firstDifference(imported)).isEmpty();
    }

    @Test
    void halfWidthKanaAndLatinCaseDoNotCount() {
        assertThat(key("ｼﾞｭﾁｭｳ ﾀﾛｳ", "150-0002", "東京都", "渋谷区1-1", "Shibuya bldg", "0312345678"))
                .isEqualTo(key("ジュチュウ タロウ", "150-0002", "東京都", "渋谷区1-1", "SHIBUYA BLDG", "0312345678"));
    }

    @Test
    void thePrefectureMayBeWrittenInTheAddressLine() {
        assertThat(key("受注 太郎", "150-0002", null, "東京都渋谷区渋谷1-2-3", null, "0312345678"))
                .isEqualTo(key("受注 太郎", "150-0002", "東京都", "渋谷区渋谷1-2-3", null, "0312345678"));
        assertThat(key("受注 太郎", "150-0002", "東京都", "東京都渋谷区渋谷1-2-3", null, "0312345678"))
                .isEqualTo(key("受注 太郎", "150-0002", "東京都", "渋谷区渋谷1-2-3", null, "0312345678"));
    }

    @Test
    void anInternationalPrefixIsTheSameNumber() {
        assertThat(key("受注 太郎", "150-0002", "東京都", "渋谷区1", null, "+81-90-1234-5678").phone())
                .isEqualTo(key("受注 太郎", "150-0002", "東京都", "渋谷区1", null, "090-1234-5678").phone())
                .isEqualTo("09012345678");
    }

    @Test
    void namesTheFirstFieldThatDiffers() {
        PartyKey base = key("受注 太郎", "150-0002", "東京都", "渋谷区渋谷1-2-3", null, "0312345678");

        assertThat(base.firstDifference(key("受注 次郎", "150-0002", "東京都", "渋谷区渋谷1-2-3", null, "0312345678")))
                .contains(PartyKey.Field.NAME);
        assertThat(base.firstDifference(key("受注 太郎", "150-0003", "東京都", "渋谷区渋谷1-2-3", null, "0312345678")))
                .contains(PartyKey.Field.POSTAL_CODE);
        assertThat(base.firstDifference(key("受注 太郎", "150-0002", "東京都", "渋谷区渋谷1-2-4", null, "0312345678")))
                .contains(PartyKey.Field.ADDRESS);
        assertThat(base.firstDifference(key("受注 太郎", "150-0002", "東京都", "渋谷区渋谷1-2-3", null, "0312345679")))
                .contains(PartyKey.Field.PHONE);
    }

    @Test
    void missingValuesAreEqualOnlyToMissingValues() {
        assertThat(key("受注 太郎", null, null, "渋谷区1", null, null))
                .isEqualTo(key("受注 太郎", "", " ", "渋谷区1", "", "　"));
        assertThat(key("受注 太郎", null, "東京都", "渋谷区1", null, null).firstDifference(
                key("受注 太郎", null, "東京都", "渋谷区1", null, "0312345678"))).contains(PartyKey.Field.PHONE);
    }
}
