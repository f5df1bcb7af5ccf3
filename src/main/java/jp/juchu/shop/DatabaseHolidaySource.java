package jp.juchu.shop;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads the closing rules for a window of dates from the 休日設定 tables. */
@Component
class DatabaseHolidaySource implements HolidaySource {

    private final NationalHolidayRepository holidays;
    private final WeeklyClosingDayRepository weeklyDays;
    private final CalendarOverrideRepository overrides;

    DatabaseHolidaySource(NationalHolidayRepository holidays, WeeklyClosingDayRepository weeklyDays,
                          CalendarOverrideRepository overrides) {
        this.holidays = holidays;
        this.weeklyDays = weeklyDays;
        this.overrides = overrides;
    }

    @Override
    @Transactional(readOnly = true)
    public CalendarRules rules(LocalDate from, LocalDate to) {
        Set<DayOfWeek> closing = EnumSet.noneOf(DayOfWeek.class);
        weeklyDays.findAll().forEach(day -> closing.add(day.getDayOfWeek()));
        Map<LocalDate, String> national = new LinkedHashMap<>();
        holidays.findByDateBetweenOrderByDate(from, to).forEach(h -> national.put(h.getDate(), h.getName()));
        var byKind = overrides.findByDateBetween(from, to).stream()
                .collect(Collectors.groupingBy(CalendarOverride::getKind,
                        Collectors.mapping(CalendarOverride::getDate, Collectors.toSet())));
        return new CalendarRules(from, to, closing, national,
                byKind.getOrDefault(CalendarOverride.Kind.CLOSED, Set.of()),
                byKind.getOrDefault(CalendarOverride.Kind.OPEN, Set.of()));
    }
}
