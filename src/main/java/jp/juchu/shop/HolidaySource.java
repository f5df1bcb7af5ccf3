package jp.juchu.shop;

import java.time.LocalDate;

/** Where the {@link BusinessCalendar} gets its closing rules from (the database in the application). */
public interface HolidaySource {

    /** The rules with every holiday and override between {@code from} and {@code to} (inclusive). */
    CalendarRules rules(LocalDate from, LocalDate to);
}
