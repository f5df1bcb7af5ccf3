package jp.juchu.engine.feel;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Period;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns what feel-engine's Java value mapper returns into plain Java/JSON values. */
final class FeelValues {

    private FeelValues() {
    }

    /**
     * @throws IllegalArgumentException for values JSON cannot hold (functions, ranges, ...)
     */
    static Object toPlain(Object value) {
        if (value == null || value instanceof String || value instanceof Boolean
                || value instanceof Long || value instanceof Double) {
            return value;
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Byte || value instanceof BigInteger) {
            return ((Number) value).longValue();
        }
        if (value instanceof Float) {
            return ((Float) value).doubleValue();
        }
        if (value instanceof BigDecimal decimal) {
            return integral(decimal) ? (Object) decimal.longValueExact() : (Object) decimal.doubleValue();
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> plain = new LinkedHashMap<>();
            map.forEach((k, v) -> plain.put(String.valueOf(k), toPlain(v)));
            return plain;
        }
        if (value instanceof Iterable<?> items) {
            List<Object> plain = new ArrayList<>();
            items.forEach(item -> plain.add(toPlain(item)));
            return plain;
        }
        return temporalText(value);
    }

    private static boolean integral(BigDecimal decimal) {
        try {
            decimal.longValueExact();
            return true;
        } catch (ArithmeticException e) {
            return false;
        }
    }

    private static String temporalText(Object value) {
        if (value instanceof ZonedDateTime zoned) {
            return DateTimes.format(zoned);
        }
        if (value instanceof OffsetDateTime offset) {
            return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(offset);
        }
        if (value instanceof LocalDateTime local) {
            return DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(local);
        }
        if (value instanceof LocalDate date) {
            return DateTimeFormatter.ISO_LOCAL_DATE.format(date);
        }
        if (value instanceof LocalTime time) {
            return DateTimeFormatter.ISO_LOCAL_TIME.format(time);
        }
        if (value instanceof OffsetTime time) {
            return DateTimeFormatter.ISO_OFFSET_TIME.format(time);
        }
        if (value instanceof Duration duration) {
            return durationText(duration);
        }
        if (value instanceof Period period) {
            return period.toString();
        }
        throw new IllegalArgumentException("result of type " + value.getClass().getSimpleName()
                + " cannot be stored as a JSON value");
    }

    /** FEEL's days-time duration form: {@code P3D}, {@code P1DT2H}, {@code PT15M}. */
    static String durationText(Duration duration) {
        if (duration.isZero()) {
            return "PT0S";
        }
        Duration positive = duration.abs();
        long days = positive.toDays();
        Duration rest = positive.minusDays(days);
        StringBuilder text = new StringBuilder(duration.isNegative() ? "-P" : "P");
        if (days > 0) {
            text.append(days).append('D');
        }
        if (!rest.isZero()) {
            text.append(rest.toString().substring(1));
        }
        return text.toString();
    }
}
