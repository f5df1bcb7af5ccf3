package jp.juchu.shop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class BusinessCalendarProperties {

    private static final LocalDate FIRST = LocalDate.of(2025, 1, 1);

    private final BusinessCalendar calendar = new BusinessCalendar(
            InMemoryHolidaySource.japanWithWeekendsClosed().closed("2025-12-29", "2026-01-03").closed("2026-12-29", "2027-01-03")
                    .open("2026-05-06").open("2026-11-21"));

    @Property
    void addingBusinessDaysAlwaysLandsOnABusinessDay(@ForAll @IntRange(max = 1094) int offset, @ForAll @IntRange(max = 80) int n) {
        assertThat(calendar.isBusinessDay(calendar.addBusinessDays(FIRST.plusDays(offset), n))).isTrue();
    }

    @Property
    void addingIsStrictlyIncreasingInN(@ForAll @IntRange(max = 1094) int offset, @ForAll @IntRange(max = 80) int n) {
        LocalDate date = FIRST.plusDays(offset);
        assertThat(calendar.addBusinessDays(date, n + 1)).isAfter(calendar.addBusinessDays(date, n));
    }

    @Property
    void countingBetweenUndoesAdding(@ForAll @IntRange(max = 1094) int offset, @ForAll @IntRange(max = 80) int n) {
        LocalDate date = FIRST.plusDays(offset);
        assertThat(calendar.businessDaysBetween(calendar.businessDayOnOrAfter(date), calendar.addBusinessDays(date, n))).isEqualTo(n);
    }

    @Property
    void noBusinessDayIsSkippedByNextBusinessDay(@ForAll @IntRange(max = 1094) int offset) {
        LocalDate date = FIRST.plusDays(offset);
        LocalDate next = calendar.nextBusinessDay(date);

        assertThat(next).isAfter(date);
        assertThat(calendar.isBusinessDay(next)).isTrue();
        assertThat(date.plusDays(1).datesUntil(next).noneMatch(calendar::isBusinessDay)).isTrue();
        assertThat(calendar.businessDaysBetween(date, next)).isEqualTo(1);
    }
}
