package jp.juchu.shop;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.springframework.stereotype.Service;

/**
 * The company's business days (営業日): used for 出荷予定日, 入金催促 and every "N 営業日後" rule.
 *
 * <p>A day is a business day unless it is a weekly closing day, a national holiday or a 臨時休業日;
 * a 臨時営業日 makes any day a business day. Rules are read in windows, so a calculation touches only
 * the holidays it needs.
 */
@Service
public class BusinessCalendar {

    /** Longer than any plausible run of closed days; reaching it means the settings leave no business day. */
    static final int MAX_SCAN_DAYS = 3660;
    private static final int WINDOW_DAYS = 400;

    private final HolidaySource source;

    public BusinessCalendar(HolidaySource source) {
        this.source = source;
    }

    public boolean isBusinessDay(LocalDate date) {
        return source.rules(date, date).isBusinessDay(date);
    }

    /** {@code date} itself when it is a business day, otherwise the first business day after it. */
    public LocalDate businessDayOnOrAfter(LocalDate date) {
        return new Cursor(date).firstBusinessDayFrom(date);
    }

    /** The first business day strictly after {@code date}. */
    public LocalDate nextBusinessDay(LocalDate date) {
        return businessDayOnOrAfter(date.plusDays(1));
    }

    /**
     * The business day {@code n} business days after {@code date}. An order taken on a closed day counts
     * from the next business day (休業日のご注文は翌営業日の受付), so {@code n = 0} gives
     * {@link #businessDayOnOrAfter}, and each further day moves to the next business day.
     */
    public LocalDate addBusinessDays(LocalDate date, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative: " + n);
        }
        Cursor cursor = new Cursor(date);
        LocalDate day = cursor.firstBusinessDayFrom(date);
        for (int i = 0; i < n; i++) {
            day = cursor.firstBusinessDayFrom(day.plusDays(1));
        }
        return day;
    }

    /**
     * The number of business days in the half-open range ({@code from}, {@code to}]: how many business days
     * lie after {@code from} up to and including {@code to}. Negative when {@code to} is before {@code from}.
     */
    public long businessDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -businessDaysBetween(to, from);
        }
        if (ChronoUnit.DAYS.between(from, to) == 0) {
            return 0;
        }
        CalendarRules rules = source.rules(from.plusDays(1), to);
        return from.plusDays(1).datesUntil(to.plusDays(1)).filter(rules::isBusinessDay).count();
    }

    /** Walks forward through the calendar, loading the next window of rules when it runs past the current one. */
    private final class Cursor {

        private CalendarRules rules;

        Cursor(LocalDate start) {
            this.rules = load(start);
        }

        LocalDate firstBusinessDayFrom(LocalDate date) {
            for (LocalDate day = date; ; day = day.plusDays(1)) {
                if (ChronoUnit.DAYS.between(date, day) > MAX_SCAN_DAYS) {
                    throw new IllegalStateException("No business day within " + MAX_SCAN_DAYS + " days from " + date);
                }
                if (!rules.covers(day)) {
                    rules = load(day);
                }
                if (rules.isBusinessDay(day)) {
                    return day;
                }
            }
        }

        private CalendarRules load(LocalDate from) {
            return source.rules(from, from.plusDays(WINDOW_DAYS));
        }
    }
}
