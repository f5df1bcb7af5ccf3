package jp.juchu.intake.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import jp.juchu.intake.RequestedDelivery;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TimeSlotsTest {

    @ParameterizedTest
    @CsvSource({"1,08:00,12:00", "午前中,08:00,12:00", "1416,14:00,16:00", "0812,08:00,12:00", "1921,19:00,21:00",
        "14:00-16:00,14:00,16:00", "18:00～20:00,18:00,20:00", "14時-16時,14:00,16:00"})
    void readsTheFormsMallsUse(String slot, LocalTime from, LocalTime to) {
        RequestedDelivery delivery = TimeSlots.requested(LocalDate.of(2025, 5, 8), slot);
        assertThat(delivery.timeSlot()).isEqualTo(slot);
        assertThat(delivery.from()).isEqualTo(from);
        assertThat(delivery.to()).isEqualTo(to);
    }

    @Test
    void keepsWhatItCannotReadAndTreatsZeroAsNone() {
        assertThat(TimeSlots.requested(null, "2")).isEqualTo(new RequestedDelivery(null, "2", null, null));
        assertThat(TimeSlots.requested(null, "1614")).isEqualTo(new RequestedDelivery(null, "1614", null, null));
        assertThat(TimeSlots.requested(null, "0")).isEqualTo(RequestedDelivery.NONE);
        assertThat(TimeSlots.requested(null, null).isRequested()).isFalse();
        assertThat(TimeSlots.requested(LocalDate.of(2025, 5, 8), "指定なし"))
                .isEqualTo(new RequestedDelivery(LocalDate.of(2025, 5, 8), null, null, null));
    }
}
