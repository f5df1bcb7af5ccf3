package jp.juchu.shop;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * The closing rules of the company for a range of dates. A 臨時営業日 (open date) wins over everything;
 * otherwise a 臨時休業日, a national holiday or a weekly closing day (定休日) makes the day a non-business day.
 *
 * @param from             first date the holiday and override sets are complete for
 * @param to               last date the holiday and override sets are complete for
 * @param nationalHolidays national holidays in [from, to] with their names
 */
public record CalendarRules(LocalDate from, LocalDate to, Set<DayOfWeek> weeklyClosingDays,
                            Map<LocalDate, String> nationalHolidays, Set<LocalDate> closedDates, Set<LocalDate> openDates) {

    public CalendarRules {
        weeklyClosingDays = Set.copyOf(weeklyClosingDays);
        nationalHolidays = Map.copyOf(nationalHolidays);
        closedDates = Set.copyOf(closedDates);
        openDates = Set.copyOf(openDates);
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }

    public boolean isBusinessDay(LocalDate date) {
        if (!covers(date)) {
            throw new IllegalArgumentException(date + " is outside " + from + ".." + to);
        }
        if (openDates.contains(date)) {
            return true;
        }
        return !closedDates.contains(date) && !nationalHolidays.containsKey(date)
                && !weeklyClosingDays.contains(date.getDayOfWeek());
    }
}
