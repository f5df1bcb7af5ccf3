package jp.juchu.shop;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Closing rules held in memory, answering windows like the database source does. */
final class InMemoryHolidaySource implements HolidaySource {

    final Set<DayOfWeek> weekly = EnumSet.noneOf(DayOfWeek.class);
    final TreeMap<LocalDate, String> national = new TreeMap<>();
    final Set<LocalDate> closed = new HashSet<>();
    final Set<LocalDate> open = new HashSet<>();
    int windowsLoaded;

    InMemoryHolidaySource closedOn(DayOfWeek... days) {
        weekly.addAll(Set.of(days));
        return this;
    }

    InMemoryHolidaySource holiday(String date, String name) {
        national.put(LocalDate.parse(date), name);
        return this;
    }

    InMemoryHolidaySource closed(String from, String to) {
        LocalDate.parse(from).datesUntil(LocalDate.parse(to).plusDays(1)).forEach(closed::add);
        return this;
    }

    InMemoryHolidaySource open(String date) {
        open.add(LocalDate.parse(date));
        return this;
    }

    /** 2025–2027 national holidays as published in the bundled syukujitsu.csv, closed on Saturday and Sunday. */
    static InMemoryHolidaySource japanWithWeekendsClosed() {
        InMemoryHolidaySource source = new InMemoryHolidaySource().closedOn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        NationalHolidayCsvTest.bundled().forEach(h -> source.national.put(h.date(), h.name()));
        return source;
    }

    @Override
    public CalendarRules rules(LocalDate from, LocalDate to) {
        windowsLoaded++;
        Map<LocalDate, String> holidays = national.subMap(from, true, to, true);
        return new CalendarRules(from, to, weekly, holidays, within(closed, from, to), within(open, from, to));
    }

    private static Set<LocalDate> within(Set<LocalDate> dates, LocalDate from, LocalDate to) {
        return dates.stream().filter(d -> !d.isBefore(from) && !d.isAfter(to)).collect(Collectors.toSet());
    }
}
