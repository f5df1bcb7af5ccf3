package jp.juchu.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhoneNumberTest {

    @ParameterizedTest
    @CsvSource({"090-0000-1101,09000001101", "０３－００００－１１２３,0300001123", "(03)0000-1123,0300001123",
        "+81-90-0000-1101,09000001101", "0120-123-456,0120123456", "04998-0-1234,0499801234"})
    void acceptsWrittenNumbers(String raw, String digits) {
        Parsed<PhoneNumber> parsed = PhoneNumber.parse(raw);
        assertThat(parsed.isRepaired()).isFalse();
        assertThat(parsed.value().digits()).isEqualTo(digits);
    }

    @Test
    void repairsALostLeadingZeroWhenTheDigitCountShowsIt() {
        Parsed<PhoneNumber> mobile = PhoneNumber.parse("9000001101");
        assertThat(mobile.isRepaired()).isTrue();
        assertThat(mobile.value().formatted()).isEqualTo("090-0000-1101");
        assertThat(mobile.message()).contains("先頭の0");
        Parsed<PhoneNumber> fixed = PhoneNumber.parse("300001123");
        assertThat(fixed.value().digits()).isEqualTo("0300001123");
    }

    @Test
    void flagsWhatCannotBeRepaired() {
        assertThat(PhoneNumber.parse("0300001").message()).contains("7桁");
        assertThat(PhoneNumber.parse("12345678").isInvalid()).isTrue();
        assertThat(PhoneNumber.parse("03-xxxx-1111").message()).contains("数字以外");
        assertThat(PhoneNumber.parse("").message()).isEqualTo("電話番号が空です");
    }

    @Test
    void threeParts() {
        assertThat(PhoneNumber.parse("090", "0000", "1101").value().digits()).isEqualTo("09000001101");
        Parsed<PhoneNumber> excel = PhoneNumber.parse("90", "0000", "1101");
        assertThat(excel.isRepaired()).isTrue();
        assertThat(excel.value().digits()).isEqualTo("09000001101");
    }

    @Test
    void formats() {
        assertThat(new PhoneNumber("0120123456").formatted()).isEqualTo("0120-123-456");
        assertThat(new PhoneNumber("0300001123").toString()).isEqualTo("0300001123");
    }
}
