package jp.juchu.shipping;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class DeliveryWindowTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1|MORNING", "0812|MORNING", "午前中|MORNING", "午前|MORNING", "8時～12時|MORNING", "08:00-12:00|MORNING",
            "1214|H12_14", "12:00-14:00|H12_14", "12時～14時|H12_14",
            "1416|H14_16", "14:00-16:00|H14_16", "14時～16時|H14_16", "14時〜16時|H14_16", "１４：００～１６：００|H14_16",
            "14-16|H14_16", "14時-16時|H14_16",
            "1618|H16_18", "16:00-18:00|H16_18",
            "1820|H18_20", "18時～20時|H18_20",
            "1821|H18_21", "18:00～21:00|H18_21",
            "1921|H19_21", "19:00-21:00|H19_21", "19時～21時|H19_21",
            "2021|H20_21", "20時～21時|H20_21",
            "2|UNKNOWN", "9|UNKNOWN", "午後|UNKNOWN", "夜間|UNKNOWN", "1430|UNKNOWN", "14:30-16:00|UNKNOWN", "1012|UNKNOWN"})
    void readsStoredTimeSlots(String raw, DeliveryWindow expected) {
        assertThat(DeliveryWindow.parse(raw)).isEqualTo(expected);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"0", "0000", "00", "指定なし", " 指定なし ", "なし", "時間指定なし"})
    void readsNoSlot(String raw) {
        assertThat(DeliveryWindow.parse(raw)).isEqualTo(DeliveryWindow.NONE);
    }
}
