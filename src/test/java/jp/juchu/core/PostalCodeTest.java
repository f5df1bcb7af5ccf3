package jp.juchu.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PostalCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"1500002", "150-0002", "１５０－０００２", "〒150-0002", " 〒 150-0002 ", "150ー0002"})
    void acceptsTheWaysPeopleWriteIt(String raw) {
        Parsed<PostalCode> parsed = PostalCode.parse(raw);
        assertThat(parsed.isInvalid()).isFalse();
        assertThat(parsed.isRepaired()).isFalse();
        assertThat(parsed.value().formatted()).isEqualTo("150-0002");
        assertThat(parsed.value().digits()).isEqualTo("1500002");
    }

    @Test
    void repairsALostLeadingZeroOnlyWhenThePrefectureConfirmsIt() {
        Parsed<PostalCode> hokkaido = PostalCode.parse("600042", Prefecture.HOKKAIDO);
        assertThat(hokkaido.isRepaired()).isTrue();
        assertThat(hokkaido.value().formatted()).isEqualTo("060-0042");
        assertThat(hokkaido.message()).contains("先頭の0を補って", "060-0042");

        assertThat(PostalCode.parse("600042", Prefecture.TOKYO).isInvalid()).isTrue();
        Parsed<PostalCode> unknown = PostalCode.parse("600042");
        assertThat(unknown.isInvalid()).isTrue();
        assertThat(unknown.message()).contains("6桁");
    }

    @Test
    void rejectsWithAJapaneseReason() {
        assertThat(PostalCode.parse("153-001").message()).isEqualTo("郵便番号「153-001」は6桁です（7桁必要です）");
        assertThat(PostalCode.parse("15-00002").message()).contains("区切り");
        assertThat(PostalCode.parse("15000021").message()).contains("8桁");
        assertThat(PostalCode.parse("abc-defg").message()).contains("数字以外");
        assertThat(PostalCode.parse("").message()).isEqualTo("郵便番号が空です");
        assertThat(PostalCode.parse(null).isInvalid()).isTrue();
    }

    @Test
    void twoPartCodesOfRakuten() {
        assertThat(PostalCode.parse("150", "0002", Prefecture.TOKYO).value().digits()).isEqualTo("1500002");
        Parsed<PostalCode> excel = PostalCode.parse("60", "42", Prefecture.HOKKAIDO);
        assertThat(excel.isRepaired()).isTrue();
        assertThat(excel.value().formatted()).isEqualTo("060-0042");
        Parsed<PostalCode> sixDigits = PostalCode.parse("153", "001", Prefecture.TOKYO);
        assertThat(sixDigits.isInvalid()).isTrue();
        assertThat(sixDigits.message()).contains("153-001", "桁数");
        assertThat(PostalCode.parse("60", "42", Prefecture.OSAKA).isInvalid()).isTrue();
        assertThat(PostalCode.parse("", "", null).message()).isEqualTo("郵便番号が空です");
    }

    @Test
    void knowsItsPrefectures() {
        assertThat(PostalCode.parse("100-0005").value().prefectures()).containsExactly(Prefecture.TOKYO);
        assertThat(PostalCode.parse("100-0005").value().belongsTo(Prefecture.OSAKA)).isFalse();
        assertThat(PostalCode.parse("618-0011").value().prefectures())
                .containsExactly(Prefecture.KYOTO, Prefecture.OSAKA);
    }

    @Test
    void constructorGuardsTheFormat() {
        assertThatThrownBy(() -> new PostalCode("150-0002")).isInstanceOf(InvalidInputException.class)
                .hasMessage("郵便番号は7桁の数字で入力してください");
    }
}
