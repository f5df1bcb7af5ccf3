package jp.juchu.shop;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

/** 休日設定 as stored: weekly closing days, 臨時休業日, 臨時営業日 and the national holidays of the asked years. */
public record HolidayCalendarView(List<DayOfWeek> weeklyClosingDays, List<DatedNote> closedDates, List<DatedNote> openDates,
                                  List<NationalHolidayEntry> nationalHolidays) {

    public record DatedNote(LocalDate date, String note) {
    }
}
