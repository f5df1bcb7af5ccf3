package jp.juchu.engine.feel;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * An ISO-8601 repeating interval for timer cycles: {@code R5/PT10M}, {@code R/P1D} (unbounded) or
 * {@code R3/2026-12-01T09:00:00+09:00/PT1H} (with a start). Cron expressions are not supported.
 *
 * @param repetitions how many times the timer fires; {@link #UNBOUNDED} for {@code R/...}
 * @param start       first due date, or {@code null} to start one interval from now
 * @param interval    time between two firings
 */
public record Cycle(int repetitions, ZonedDateTime start, Interval interval) {

    public static final int UNBOUNDED = -1;

    public Cycle {
        if (repetitions < UNBOUNDED) {
            throw new IllegalArgumentException("repetitions must be >= 0 or UNBOUNDED");
        }
        if (interval == null) {
            throw new IllegalArgumentException("interval required");
        }
    }

    /**
     * Parses {@code R[n]/[start/]duration}.
     *
     * @throws IllegalArgumentException with a readable message if the text is not such a cycle
     */
    public static Cycle parse(String text) {
        String iso = text == null ? "" : text.trim();
        String[] parts = iso.split("/");
        if (parts.length < 2 || parts.length > 3 || !parts[0].startsWith("R")) {
            throw new IllegalArgumentException("not an ISO-8601 repeating interval (R[n]/[start/]duration): '" + text + "'");
        }
        try {
            String count = parts[0].substring(1);
            int repetitions = count.isEmpty() ? UNBOUNDED : Integer.parseInt(count);
            ZonedDateTime start = parts.length == 3 ? DateTimes.parse(parts[1]) : null;
            Interval interval = Interval.parse(parts[parts.length - 1]);
            return new Cycle(repetitions, start, interval);
        } catch (NumberFormatException | DateTimeException e) {
            throw new IllegalArgumentException("not an ISO-8601 repeating interval (R[n]/[start/]duration): '" + text + "'", e);
        }
    }

    public boolean unbounded() {
        return repetitions == UNBOUNDED;
    }

    /** When the timer fires first: the start if it lies after {@code now}, otherwise {@code now + interval}. */
    public Instant firstDue(Instant now, ZoneId zone) {
        if (start != null && start.toInstant().isAfter(now)) {
            return start.toInstant();
        }
        return interval.addTo(now, zone);
    }

    /** When the timer fires again after firing at {@code lastDue}. */
    public Instant nextDue(Instant lastDue, ZoneId zone) {
        return interval.addTo(lastDue, zone);
    }

    /** The cycle that remains after one firing (start dropped, one repetition less unless unbounded). */
    public Cycle afterFiring() {
        return new Cycle(unbounded() ? UNBOUNDED : Math.max(0, repetitions - 1), null, interval);
    }

    /** True while the timer must fire at least once more. */
    public boolean hasRepetitionsLeft() {
        return unbounded() || repetitions > 0;
    }

    @Override
    public String toString() {
        return "R" + (unbounded() ? "" : repetitions) + "/"
                + (start == null ? "" : DateTimes.format(start) + "/") + interval;
    }
}
