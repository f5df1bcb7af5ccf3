package jp.juchu.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BusinessCalendarTest {

    private final InMemoryHolidaySource source = InMemoryHolidaySource.japanWithWeekendsClosed();
    private final BusinessCalendar calendar = new BusinessCalendar(source);

    private static LocalDate d(String date) {
        return LocalDate.parse(date);
    }

    @Test
    void weekendsAreClosedAndWeekdaysOpen() {
        assertThat(calendar.isBusinessDay(d("2026-06-05"))).isTrue();   // Friday
        assertThat(calendar.isBusinessDay(d("2026-06-06"))).isFalse();  // Saturday
        assertThat(calendar.isBusinessDay(d("2026-06-07"))).isFalse();  // Sunday
        assertThat(calendar.nextBusinessDay(d("2026-06-05"))).isEqualTo(d("2026-06-08"));
        assertThat(calendar.businessDayOnOrAfter(d("2026-06-06"))).isEqualTo(d("2026-06-08"));
        assertThat(calendar.businessDayOnOrAfter(d("2026-06-05"))).isEqualTo(d("2026-06-05"));
    }

    @Test
    void goldenWeek2026WithItsSubstituteHoliday() {
        assertThat(calendar.isBusinessDay(d("2026-04-29"))).isFalse();  // 昭和の日 (Wednesday)
        assertThat(calendar.isBusinessDay(d("2026-05-06"))).isFalse();  // 振替休日 (Wednesday)
        assertThat(calendar.isBusinessDay(d("2026-05-01"))).isTrue();

        assertThat(calendar.nextBusinessDay(d("2026-04-28"))).isEqualTo(d("2026-04-30"));
        assertThat(calendar.nextBusinessDay(d("2026-05-01"))).isEqualTo(d("2026-05-07"));
        assertThat(calendar.addBusinessDays(d("2026-04-28"), 1)).isEqualTo(d("2026-04-30"));
        assertThat(calendar.addBusinessDays(d("2026-04-28"), 2)).isEqualTo(d("2026-05-01"));
        assertThat(calendar.addBusinessDays(d("2026-04-28"), 3)).isEqualTo(d("2026-05-07"));
        assertThat(calendar.businessDaysBetween(d("2026-04-28"), d("2026-05-07"))).isEqualTo(3);
        assertThat(calendar.businessDaysBetween(d("2026-05-07"), d("2026-04-28"))).isEqualTo(-3);
    }

    @Test
    void anOrderOnAClosedDayCountsFromTheNextBusinessDay() {
        assertThat(calendar.addBusinessDays(d("2026-05-03"), 0)).isEqualTo(d("2026-05-07"));
        assertThat(calendar.addBusinessDays(d("2026-05-03"), 2)).isEqualTo(d("2026-05-11"));
    }

    @Test
    void yearEndClosingAsClosedDates() {
        source.closed("2026-12-29", "2027-01-03");

        assertThat(calendar.isBusinessDay(d("2026-12-28"))).isTrue();
        assertThat(calendar.isBusinessDay(d("2026-12-30"))).isFalse();
        assertThat(calendar.nextBusinessDay(d("2026-12-28"))).isEqualTo(d("2027-01-04"));
        assertThat(calendar.addBusinessDays(d("2026-12-30"), 0)).isEqualTo(d("2027-01-04"));
        assertThat(calendar.addBusinessDays(d("2026-12-25"), 3)).isEqualTo(d("2027-01-05"));
        assertThat(calendar.addBusinessDays(d("2027-01-08"), 1)).isEqualTo(d("2027-01-12")); // 1/11 成人の日
        assertThat(calendar.businessDaysBetween(d("2026-12-25"), d("2027-01-05"))).isEqualTo(3);
    }

    @Test
    void anOpenDateOverridesAHolidayAndAWeeklyClosingDay() {
        source.open("2026-05-06").open("2026-05-02");

        assertThat(calendar.isBusinessDay(d("2026-05-06"))).isTrue();
        assertThat(calendar.isBusinessDay(d("2026-05-02"))).isTrue();
        assertThat(calendar.nextBusinessDay(d("2026-05-01"))).isEqualTo(d("2026-05-02"));
        assertThat(calendar.addBusinessDays(d("2026-05-01"), 2)).isEqualTo(d("2026-05-06"));
    }

    @Test
    void anOpenDateAlsoOverridesAClosedDate() {
        source.closed("2026-12-29", "2027-01-03").open("2026-12-30");

        assertThat(calendar.nextBusinessDay(d("2026-12-28"))).isEqualTo(d("2026-12-30"));
    }

    @Test
    void crossesRuleWindowsOnLongDistances() {
        LocalDate start = d("2025-01-06");
        LocalDate far = calendar.addBusinessDays(start, 600);

        assertThat(calendar.businessDaysBetween(start, far)).isEqualTo(600);
        assertThat(source.windowsLoaded).isGreaterThan(2);
    }

    @Test
    void negativeCountsAndCalendarsWithoutBusinessDaysAreRefused() {
        assertThatThrownBy(() -> calendar.addBusinessDays(d("2026-01-05"), -1)).isInstanceOf(IllegalArgumentException.class);

        BusinessCalendar alwaysClosed = new BusinessCalendar(new InMemoryHolidaySource().closedOn(DayOfWeek.values()));
        assertThatThrownBy(() -> alwaysClosed.nextBusinessDay(d("2026-01-05"))).isInstanceOf(IllegalStateException.class);
    }
}
