package jp.juchu.engine.feel;

import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** ISO-8601 date-time text as timers and user-task dates use it. */
final class DateTimes {

    private DateTimes() {
    }

    /** Parses {@code 2026-12-01T09:00:00+09:00}, {@code ...Z} or {@code ...+09:00[Asia/Tokyo]}. */
    static ZonedDateTime parse(String text) {
        String iso = text.trim();
        try {
            return OffsetDateTime.parse(iso).toZonedDateTime();
        } catch (DateTimeParseException offsetOnly) {
            try {
                return ZonedDateTime.parse(iso);
            } catch (DateTimeParseException e) {
                throw new DateTimeException("not an ISO-8601 date-time with offset: '" + text + "'", e);
            }
        }
    }

    /** Offset form when the zone is an offset, otherwise the offset form plus {@code [Region/Zone]}. */
    static String format(ZonedDateTime value) {
        return value.getZone() instanceof ZoneOffset
                ? DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value)
                : DateTimeFormatter.ISO_ZONED_DATE_TIME.format(value);
    }
}
