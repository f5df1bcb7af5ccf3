package jp.juchu.orchestration.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import jp.juchu.core.JapaneseText;

/**
 * One submitted form input → its typed value, or why it cannot be read. Input names are the component key; a
 * datetime posts {@code key.date} and/or {@code key.time}. An empty input reads as {@code null} (left out of the
 * variables unless required).
 */
final class FieldReader {

    static final String DATE = ".date";
    static final String TIME = ".time";

    record Read(Object value, String error) {

        static Read of(Object value) {
            return new Read(value, null);
        }

        static Read error(String message) {
            return new Read(null, message);
        }
    }

    private FieldReader() {
    }

    static Read read(FormComponent c, Map<String, String> params, DateTimeInputs dates, LocalDate today) {
        return switch (c.type()) {
            case "checkbox" -> Read.of(isChecked(params.get(c.key())));
            case "number" -> number(c, params.get(c.key()));
            case "select", "radio" -> choice(c, params.get(c.key()));
            case "datetime" -> dateTime(c, params, dates, today);
            default -> Read.of(blankToNull(params.get(c.key())));
        };
    }

    private static boolean isChecked(String value) {
        return value != null && ("true".equalsIgnoreCase(value) || "on".equalsIgnoreCase(value));
    }

    private static Read number(FormComponent c, String raw) {
        String text = blankToNull(raw == null ? null : JapaneseText.normalize(raw));
        if (text == null) {
            return Read.of(null);
        }
        BigDecimal number;
        try {
            number = new BigDecimal(text.replace(",", "").replace("円", "").strip());
        } catch (NumberFormatException e) {
            return Read.error("「" + c.displayLabel() + "」は数値で入力してください (入力: " + raw.strip() + ")");
        }
        if (c.min() != null && number.compareTo(c.min()) < 0) {
            return Read.error("「" + c.displayLabel() + "」は " + c.min().toPlainString() + " 以上で入力してください");
        }
        if (c.max() != null && number.compareTo(c.max()) > 0) {
            return Read.error("「" + c.displayLabel() + "」は " + c.max().toPlainString() + " 以下で入力してください");
        }
        return Read.of(typed(number));
    }

    /** Whole numbers as {@code long} so the process sees {@code 2760}, not {@code 2760.0}. */
    private static Number typed(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        if (stripped.scale() <= 0) {
            try {
                return stripped.longValueExact();
            } catch (ArithmeticException tooLarge) {
                return stripped;
            }
        }
        return stripped;
    }

    private static Read choice(FormComponent c, String raw) {
        String value = blankToNull(raw);
        if (value == null) {
            return Read.of(null);
        }
        if (c.optionLabel(value).isEmpty()) {
            return Read.error("「" + c.displayLabel() + "」は選択肢から選んでください");
        }
        return Read.of(value);
    }

    private static Read dateTime(FormComponent c, Map<String, String> params, DateTimeInputs dates, LocalDate today) {
        String dateText = c.hasDate() ? blankToNull(params.get(c.key() + DATE)) : null;
        String timeText = c.hasTime() ? blankToNull(params.get(c.key() + TIME)) : null;
        if (dateText == null && timeText == null) {
            return Read.of(null);
        }
        String dateLabel = c.displayLabel();
        String timeLabel = c.timeLabel() == null ? "時刻" : c.timeLabel();
        if (c.hasDate() && c.hasTime() && (dateText == null || timeText == null)) {
            return Read.error("「" + dateLabel + "」と「" + timeLabel + "」を両方入力してください");
        }
        LocalDate date = null;
        if (dateText != null) {
            try {
                date = DateTimeInputs.date(dateText);
            } catch (DateTimeParseException e) {
                return Read.error("「" + dateLabel + "」は日付 (例: 2026-11-30) で入力してください");
            }
        }
        LocalTime time = null;
        if (timeText != null) {
            try {
                time = DateTimeInputs.time(timeText);
            } catch (DateTimeParseException e) {
                return Read.error("「" + timeLabel + "」は時刻 (例: 10:00) で入力してください");
            }
        }
        if (date == null) {
            return Read.of(dates.time(time, c.timeFormat(), today));
        }
        return Read.of(time == null ? date.toString() : dates.dateTime(date, time, c.timeFormat()));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
