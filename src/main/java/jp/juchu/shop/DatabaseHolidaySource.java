package jp.juchu.shop;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import jp.juchu.core.CachedSnapshot;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the closing rules for a window of dates from the 休日設定 tables. The tables are small (a national holiday
 * list of some decades, the shop's own days) and read for nearly every order, so they are kept in memory
 * ({@link CachedSnapshot}); {@link HolidaySettings}, the only writer, reports its changes.
 */
@Component
class DatabaseHolidaySource implements HolidaySource {


    private final NationalHolidayRepository holidays;
    private final WeeklyClosingDayRepository weeklyDays;
    private final CalendarOverrideRepository overrides;
    private final CachedSnapshot<AllRules> all;

    DatabaseHolidaySource(NationalHolidayRepository holidays, WeeklyClosingDayRepository weeklyDays,
                          CalendarOverrideRepository overrides, Clock clock) {
        this.holidays = holidays;
        this.weeklyDays = weeklyDays;
        this.overrides = overrides;
        this.all = new CachedSnapshot<>(clock);
    }

    @Override
    @Transactional(readOnly = true)
    public CalendarRules rules(LocalDate from, LocalDate to) {
        AllRules rules = all.get(this::load);
        return new CalendarRules(from, to, rules.weeklyClosingDays(), rules.national().subMap(from, true, to, true),
                rules.closed().subSet(from, true, to, true), rules.open().subSet(from, true, to, true));
    }

    /** The tables are changing in the current transaction. */
    void changed() {
        all.changed();
    }

    private AllRules load() {
        Set<DayOfWeek> closing = EnumSet.noneOf(DayOfWeek.class);
        weeklyDays.findAll().forEach(day -> closing.add(day.getDayOfWeek()));
        NavigableMap<LocalDate, String> national = new TreeMap<>();
        holidays.findAll().forEach(h -> national.put(h.getDate(), h.getName()));
        NavigableSet<LocalDate> closed = new TreeSet<>();
        NavigableSet<LocalDate> open = new TreeSet<>();
        for (CalendarOverride override : overrides.findAll()) {
            (override.getKind() == CalendarOverride.Kind.CLOSED ? closed : open).add(override.getDate());
        }
        return new AllRules(Set.copyOf(closing), national, closed, open);
    }

    private record AllRules(Set<DayOfWeek> weeklyClosingDays, NavigableMap<LocalDate, String> national,
                            NavigableSet<LocalDate> closed, NavigableSet<LocalDate> open) {
    }
}
