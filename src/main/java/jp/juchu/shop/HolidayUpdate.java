package jp.juchu.shop;

import java.util.List;

/**
 * A full replacement of the company's closing rules, as typed by the user (unparsed, so that every bad
 * value can be reported against its own field, e.g. {@code closedDates[2].date}).
 */
public record HolidayUpdate(List<String> weeklyClosingDays, List<DateInput> closedDates, List<DateInput> openDates) {

    public record DateInput(String date, String note) {
    }
}
