package jp.juchu.shop;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import jp.juchu.audit.OperationLog;
import jp.juchu.core.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 休日設定: reads and replaces the company's closing rules and imports the national holiday CSV. */
@Service
public class HolidaySettings {

    static final String AREA = "休日設定";
    static final int NOTE_LIMIT = 100;
    static final int MAX_DATES = 2000;
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("uuuu/M/d").withResolverStyle(ResolverStyle.STRICT);

    private final NationalHolidayRepository holidays;
    private final WeeklyClosingDayRepository weeklyDays;
    private final CalendarOverrideRepository overrides;
    private final OperationLog operationLog;
    private final DatabaseHolidaySource source;

    HolidaySettings(NationalHolidayRepository holidays, WeeklyClosingDayRepository weeklyDays,
                    CalendarOverrideRepository overrides, OperationLog operationLog, DatabaseHolidaySource source) {
        this.holidays = holidays;
        this.weeklyDays = weeklyDays;
        this.overrides = overrides;
        this.operationLog = operationLog;
        this.source = source;
    }

    @Transactional(readOnly = true)
    public HolidayCalendarView view(Collection<Integer> years) {
        List<DayOfWeek> closing = weeklyDays.findAll().stream().map(WeeklyClosingDay::getDayOfWeek).sorted().toList();
        List<HolidayCalendarView.DatedNote> closed = new ArrayList<>();
        List<HolidayCalendarView.DatedNote> open = new ArrayList<>();
        for (CalendarOverride override : overrides.findAllByOrderByDate()) {
            var note = new HolidayCalendarView.DatedNote(override.getDate(), override.getNote());
            (override.getKind() == CalendarOverride.Kind.CLOSED ? closed : open).add(note);
        }
        List<NationalHolidayEntry> national = new TreeSet<>(years).stream()
                .flatMap(year -> holidays.findByDateBetweenOrderByDate(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).stream())
                .map(h -> new NationalHolidayEntry(h.getDate(), h.getName()))
                .toList();
        return new HolidayCalendarView(closing, closed, open, national);
    }

    /** Replaces weekly closing days, 臨時休業日 and 臨時営業日 (national holidays change only by CSV upload). */
    @Transactional
    public HolidayCalendarView replace(HolidayUpdate update) {
        Set<DayOfWeek> closing = weeklyClosingDays(update.weeklyClosingDays());
        List<CalendarOverride> closed = dates(update.closedDates(), "closedDates", "臨時休業日", CalendarOverride.Kind.CLOSED);
        List<CalendarOverride> open = dates(update.openDates(), "openDates", "臨時営業日", CalendarOverride.Kind.OPEN);
        rejectDatesInBoth(closed, open);

        source.changed();
        weeklyDays.deleteAllInBatch();
        overrides.deleteAllInBatch();
        weeklyDays.saveAll(closing.stream().map(WeeklyClosingDay::new).toList());
        overrides.saveAll(closed);
        overrides.saveAll(open);
        operationLog.record(AREA, "更新", "休日設定", "定休日: " + describe(closing)
                + " / 臨時休業日 " + closed.size() + "件 / 臨時営業日 " + open.size() + "件");
        return view(Set.of());
    }

    /**
     * Imports a Cabinet Office syukujitsu.csv. The holidays of every year the file covers are replaced by
     * the file's; other years stay as they are. A bad line rejects the whole file.
     */
    @Transactional
    public NationalHolidayImport importNationalHolidays(byte[] csv) {
        return importEntries(NationalHolidayCsv.parse(csv), "祝日CSV取込");
    }

    /** Fills an empty holiday table from the bundled copy of syukujitsu.csv; does nothing otherwise. */
    @Transactional
    public boolean seedIfEmpty(byte[] bundledCsv) {
        if (holidays.count() > 0) {
            return false;
        }
        importEntries(NationalHolidayCsv.parse(bundledCsv), "初期登録");
        return true;
    }

    private NationalHolidayImport importEntries(List<NationalHolidayEntry> entries, String action) {
        SortedSet<Integer> years = entries.stream().map(e -> e.date().getYear()).collect(Collectors.toCollection(TreeSet::new));
        source.changed();
        for (int year : years) {
            holidays.deleteBetween(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        }
        holidays.saveAll(entries.stream().map(e -> new NationalHoliday(e.date(), e.name())).toList());
        operationLog.record(AREA, action, "国民の祝日", years.first() + "〜" + years.last() + "年 " + entries.size() + "件");
        return new NationalHolidayImport(years, entries.size());
    }

    private static Set<DayOfWeek> weeklyClosingDays(List<String> values) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String value : values == null ? List.<String>of() : values) {
            days.add(dayOfWeek(value));
        }
        if (days.size() == DayOfWeek.values().length) {
            throw new InvalidInputException("weeklyClosingDays", "すべての曜日を定休日にすることはできません");
        }
        return days;
    }

    private static DayOfWeek dayOfWeek(String value) {
        try {
            return DayOfWeek.valueOf(value == null ? "" : value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("weeklyClosingDays",
                    "曜日「" + value + "」は使用できません (MONDAY〜SUNDAY で指定してください)");
        }
    }

    private static List<CalendarOverride> dates(List<HolidayUpdate.DateInput> inputs, String field, String label,
                                                CalendarOverride.Kind kind) {
        List<HolidayUpdate.DateInput> list = inputs == null ? List.of() : inputs;
        if (list.size() > MAX_DATES) {
            throw new InvalidInputException(field, label + "は" + MAX_DATES + "件まで登録できます");
        }
        List<CalendarOverride> result = new ArrayList<>();
        Set<LocalDate> seen = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            HolidayUpdate.DateInput input = list.get(i);
            String at = label + " " + (i + 1) + "件目: ";
            String itemField = field + "[" + i + "]";
            if (input == null || input.date() == null || input.date().isBlank()) {
                throw new InvalidInputException(itemField + ".date", at + "日付を入力してください");
            }
            LocalDate date = parseDate(input.date().trim(), itemField + ".date", at);
            if (!seen.add(date)) {
                throw new InvalidInputException(itemField + ".date", at + "日付 " + date + " が重複しています");
            }
            String note = input.note() == null || input.note().isBlank() ? null : input.note().trim();
            if (note != null && note.length() > NOTE_LIMIT) {
                throw new InvalidInputException(itemField + ".note", at + "メモは" + NOTE_LIMIT + "文字以内にしてください");
            }
            result.add(new CalendarOverride(date, kind, note));
        }
        return result;
    }

    static LocalDate parseDate(String text, String field, String prefix) {
        for (DateTimeFormatter format : List.of(ISO, SLASHED)) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException ignored) {
                // try the next accepted spelling
            }
        }
        throw new InvalidInputException(field, prefix + "日付「" + text + "」が正しくありません (例: 2026-12-30)");
    }

    private static void rejectDatesInBoth(List<CalendarOverride> closed, List<CalendarOverride> open) {
        Set<LocalDate> closedDates = closed.stream().map(CalendarOverride::getDate).collect(Collectors.toSet());
        for (int i = 0; i < open.size(); i++) {
            LocalDate date = open.get(i).getDate();
            if (closedDates.contains(date)) {
                throw new InvalidInputException("openDates[" + i + "].date",
                        "臨時営業日 " + (i + 1) + "件目: " + date + " は臨時休業日にも指定されています");
            }
        }
    }

    private static String describe(Set<DayOfWeek> days) {
        return days.isEmpty() ? "なし" : days.stream().map(HolidaySettings::japanese).collect(Collectors.joining(","));
    }

    static String japanese(DayOfWeek day) {
        return day.getDisplayName(java.time.format.TextStyle.SHORT, Locale.JAPANESE);
    }
}
