package jp.juchu.shop.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.juchu.shop.HolidayCalendarView;
import jp.juchu.shop.NationalHolidayEntry;

/** One month of the 休日設定 calendar, weeks starting on Sunday, each day marked with why it is closed or open. */
record MonthCalendar(YearMonth month, List<List<Day>> weeks) {

    /** {@code kind}: open (臨時営業日), closed (臨時休業日), holiday (祝日), weekly (定休日) or business. */
    record Day(LocalDate date, String kind, String label) {
    }

    static List<MonthCalendar> year(int year, HolidayCalendarView view) {
        Map<LocalDate, String> national = view.nationalHolidays().stream()
                .collect(Collectors.toMap(NationalHolidayEntry::date, NationalHolidayEntry::name, (a, b) -> a));
        Map<LocalDate, HolidayCalendarView.DatedNote> closed = byDate(view.closedDates());
        Map<LocalDate, HolidayCalendarView.DatedNote> open = byDate(view.openDates());
        List<MonthCalendar> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            YearMonth month = YearMonth.of(year, m);
            List<List<Day>> weeks = new ArrayList<>();
            List<Day> week = new ArrayList<>(Collections.nCopies(month.atDay(1).getDayOfWeek().getValue() % 7, null));
            for (int d = 1; d <= month.lengthOfMonth(); d++) {
                LocalDate date = month.atDay(d);
                week.add(day(date, national, closed, open, view.weeklyClosingDays()));
                if (date.getDayOfWeek() == DayOfWeek.SATURDAY) {
                    weeks.add(week);
                    week = new ArrayList<>();
                }
            }
            if (!week.isEmpty()) {
                while (week.size() < 7) {
                    week.add(null);
                }
                weeks.add(week);
            }
            months.add(new MonthCalendar(month, weeks));
        }
        return months;
    }

    private static Day day(LocalDate date, Map<LocalDate, String> national, Map<LocalDate, HolidayCalendarView.DatedNote> closed,
                           Map<LocalDate, HolidayCalendarView.DatedNote> open, List<DayOfWeek> weekly) {
        if (open.containsKey(date)) {
            return new Day(date, "open", label("臨時営業日", open.get(date).note()));
        }
        if (closed.containsKey(date)) {
            return new Day(date, "closed", label("臨時休業日", closed.get(date).note()));
        }
        if (national.containsKey(date)) {
            return new Day(date, "holiday", national.get(date));
        }
        if (weekly.contains(date.getDayOfWeek())) {
            return new Day(date, "weekly", "定休日");
        }
        return new Day(date, "business", "営業日");
    }

    private static String label(String kind, String note) {
        return note == null ? kind : kind + " (" + note + ")";
    }

    private static Map<LocalDate, HolidayCalendarView.DatedNote> byDate(List<HolidayCalendarView.DatedNote> dates) {
        return dates.stream().collect(Collectors.toMap(HolidayCalendarView.DatedNote::date, Function.identity(), (a, b) -> a));
    }
}
