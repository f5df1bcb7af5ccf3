package jp.juchu.engine.feel;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.Objects;

/**
 * An ISO-8601 duration such as {@code PT15M}, {@code P3D} or {@code P1M}: a calendar part (years, months,
 * days) and a clock part (hours, minutes, seconds), as Zeebe timers use them. Never negative.
 */
public record Interval(Period period, Duration duration) {

    public Interval {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(duration, "duration");
        if (period.isNegative() || duration.isNegative()) {
            throw new IllegalArgumentException("negative interval: " + period + " " + duration);
        }
    }

    public static Interval of(Duration duration) {
        return new Interval(Period.ZERO, duration);
    }

    public static Interval of(Period period) {
        return new Interval(period, Duration.ZERO);
    }

    /**
     * Parses {@code PnYnMnWnDTnHnMnS} (any part may be missing).
     *
     * @throws IllegalArgumentException with a readable message if the text is not such a duration
     */
    public static Interval parse(String text) {
        String iso = text == null ? "" : text.trim();
        if (iso.length() < 3 || !(iso.startsWith("P") || iso.startsWith("p"))) {
            throw new IllegalArgumentException("not an ISO-8601 duration: '" + text + "'");
        }
        int t = Math.max(iso.indexOf('T'), iso.indexOf('t'));
        String datePart = t < 0 ? iso : iso.substring(0, t);
        String timePart = t < 0 ? "" : "PT" + iso.substring(t + 1);
        try {
            Period period = datePart.length() > 1 ? Period.parse(datePart) : Period.ZERO;
            Duration duration = timePart.isEmpty() ? Duration.ZERO : Duration.parse(timePart);
            return new Interval(period, duration);
        } catch (DateTimeException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not an ISO-8601 duration: '" + text + "'", e);
        }
    }

    /** {@code start} plus this interval; calendar parts are added in {@code zone}. */
    public Instant addTo(Instant start, ZoneId zone) {
        return start.atZone(zone).plus(period).plus(duration).toInstant();
    }

    @Override
    public String toString() {
        if (period.isZero() && duration.isZero()) {
            return "PT0S";
        }
        String date = period.isZero() ? "P" : period.toString();
        return duration.isZero() ? date : date + duration.toString().substring(1);
    }
}
