package jp.juchu.shop;

import java.time.LocalDate;

/** One 国民の祝日・休日 (e.g. 2026-05-06 休日 = 振替休日). */
public record NationalHolidayEntry(LocalDate date, String name) {
}
