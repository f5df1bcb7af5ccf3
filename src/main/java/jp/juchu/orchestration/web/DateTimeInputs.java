package jp.juchu.orchestration.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * A Camunda Forms datetime field between the page (a date and/or a time input) and the process variable, which is
 * an ISO-8601 string as form-js writes it: {@code utc_offset} (the default, e.g. {@code 2026-11-30T10:00:00+09:00}),
 * {@code utc_normalized} ({@code 2026-11-30T01:00:00Z}) or {@code no_timezone} ({@code 2026-11-30T10:00:00}).
 */
final class DateTimeInputs {

    private static final DateTimeFormatter SLASHED_DATE = DateTimeFormatter.ofPattern("uuuu/M/d");
    private static final DateTimeFormatter HOURS_MINUTES = DateTimeFormatter.ofPattern("HH:mm");

    private final ZoneId zone;

    DateTimeInputs(ZoneId zone) {
        this.zone = zone;
    }

    /** The date (yyyy-MM-dd) and time (HH:mm) a stored value shows in the inputs, in the shop's zone. */
    String[] inputsOf(Object stored) {
        if (stored == null || stored.toString().isBlank()) {
            return new String[] {"", ""};
        }
        String text = stored.toString().strip();
        try {
            LocalDateTime local = OffsetDateTime.parse(text).atZoneSameInstant(zone).toLocalDateTime();
            return new String[] {local.toLocalDate().toString(), local.toLocalTime().format(HOURS_MINUTES)};
        } catch (DateTimeParseException notOffset) {
            // fall through to the local forms
        }
        try {
            LocalDateTime local = LocalDateTime.parse(text);
            return new String[] {local.toLocalDate().toString(), local.toLocalTime().format(HOURS_MINUTES)};
        } catch (DateTimeParseException notLocal) {
            // fall through
        }
        try {
            return new String[] {LocalDate.parse(text).toString(), ""};
        } catch (DateTimeParseException notDate) {
            // fall through
        }
        try {
            return new String[] {"", time(text).format(HOURS_MINUTES)};
        } catch (DateTimeParseException notTime) {
            return new String[] {"", ""};
        }
    }

    static LocalDate date(String text) {
        String value = text.strip();
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException iso) {
            return LocalDate.parse(value, SLASHED_DATE);
        }
    }

    static LocalTime time(String text) {
        String value = text.strip();
        try {
            return LocalTime.parse(value);
        } catch (DateTimeParseException local) {
            return OffsetTime.parse(value).toLocalTime();
        }
    }

    /** The variable value of a date and time entered in the shop's zone. */
    String dateTime(LocalDate date, LocalTime time, String format) {
        LocalDateTime local = LocalDateTime.of(date, time.truncatedTo(ChronoUnit.MINUTES));
        OffsetDateTime atZone = local.atZone(zone).toOffsetDateTime();
        return switch (format == null ? "utc_offset" : format) {
            case "utc_normalized" -> atZone.withOffsetSameInstant(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            case "no_timezone" -> local.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
            default -> atZone.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        };
    }

    /** The variable value of a time alone (subtype {@code time}), with today's offset of the shop's zone. */
    String time(LocalTime time, String format, LocalDate today) {
        LocalTime minutes = time.truncatedTo(ChronoUnit.MINUTES);
        OffsetTime atZone = minutes.atOffset(zone.getRules().getOffset(today.atTime(minutes)));
        return switch (format == null ? "utc_offset" : format) {
            case "utc_normalized" -> atZone.withOffsetSameInstant(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_TIME);
            case "no_timezone" -> minutes.format(DateTimeFormatter.ISO_LOCAL_TIME);
            default -> atZone.format(DateTimeFormatter.ISO_OFFSET_TIME);
        };
    }

    /** A stored value as the page shows it as a fact (yyyy-MM-dd HH:mm in the shop's zone). */
    String fact(Object stored) {
        String[] inputs = inputsOf(stored);
        String joined = (inputs[0] + " " + inputs[1]).strip();
        return joined.isEmpty() && stored != null ? stored.toString() : joined;
    }
}
