package jp.juchu.shipping;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.juchu.core.JapaneseText;
import jp.juchu.core.TrackingNumbers;

/**
 * The cells of one data line read as tracking values. Every reason the line cannot be used is collected (so the
 * shop sees all of them at once) as a {@link TrackingProblem} with the line, the column as the file names it and
 * the line's key; a line with any problem is not applied.
 */
final class TrackingLine {

    /** How strictly a 荷物番号 is checked. */
    enum NumberRule {
        /** Carrier result files (B2, e飛伝): exactly 12 digits with a valid check digit. */
        TWELVE_DIGITS,
        /** Shop/WMS files: 12 digits must pass the check digit; other forms are 1–40 of [0-9A-Za-z-]. */
        ANY_FORM
    }

    static final String CARRIER_CHOICES = "YAMATO、SAGAWA、JAPANPOST、SEINO、FUKUYAMA、OTHER または ヤマト運輸、佐川急便、日本郵便、西濃運輸、福山通運";

    private static final Pattern SEPARATED_DATE =
            Pattern.compile("(\\d{4})([/-])(\\d{1,2})\\2(\\d{1,2})(?:[ T]+\\d{1,2}:\\d{2}(?::\\d{2})?)?");
    private static final Pattern COMPACT_DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})(?:[ T]?\\d{4}(?:\\d{2})?)?");
    private static final Pattern ANY_FORM_NUMBER = Pattern.compile("[0-9A-Za-z-]{1,40}");
    private static final Map<String, String> CARRIERS = Map.ofEntries(
            Map.entry("YAMATO", "YAMATO"), Map.entry("SAGAWA", "SAGAWA"), Map.entry("JAPANPOST", "JAPANPOST"),
            Map.entry("SEINO", "SEINO"), Map.entry("FUKUYAMA", "FUKUYAMA"), Map.entry("OTHER", "OTHER"),
            Map.entry("ヤマト運輸", "YAMATO"), Map.entry("佐川急便", "SAGAWA"), Map.entry("日本郵便", "JAPANPOST"),
            Map.entry("西濃運輸", "SEINO"), Map.entry("福山通運", "FUKUYAMA"), Map.entry("その他", "OTHER"));

    private final TrackingColumns columns;
    private final TrackingCsv.Line line;
    private final List<TrackingProblem> problems = new ArrayList<>();
    private String key;

    TrackingLine(TrackingColumns columns, TrackingCsv.Line line) {
        this.columns = columns;
        this.line = line;
    }

    int number() {
        return line.number();
    }

    String text(TrackingColumns.Column column) {
        return columns.value(line, column);
    }

    /** The line's key, or {@code null} (with a problem) when the cell is blank. */
    String key(TrackingColumns.Column column, String blankMessage) {
        String value = text(column);
        if (value.isEmpty()) {
            problem(column, blankMessage);
            return null;
        }
        this.key = value;
        return value;
    }

    /**
     * The normalised 荷物番号; "" when the cell is blank and {@code acceptBlank}; {@code null} (with a problem)
     * when it cannot be used. The check digit is not applied to carriers known not to use it (西濃, 福山, その他).
     */
    String trackingNumber(TrackingColumns.Column column, NumberRule rule, boolean acceptBlank, String carrierCode) {
        String raw = text(column);
        String number = TrackingNumbers.normalize(raw);
        if (number.isEmpty()) {
            if (!acceptBlank) {
                problem(column, "荷物番号が空欄です（メール便など番号のない出荷は「荷物番号が空欄なら指定文字列」を設定してください）");
                return null;
            }
            return "";
        }
        if (TrackingNumbers.isTwelveDigits(number)) {
            if (!TrackingNumbers.isValid12(number) && (rule == NumberRule.TWELVE_DIGITS || usesCheckDigit(carrierCode))) {
                problem(column, "荷物番号「" + raw + "」のチェックディジットが正しくありません");
                return null;
            }
            return number;
        }
        if (rule == NumberRule.TWELVE_DIGITS) {
            problem(column, "荷物番号「" + raw + "」は12桁の数字ではありません");
            return null;
        }
        String compact = JapaneseText.normalize(raw).replaceAll("\\s", "");
        if (!ANY_FORM_NUMBER.matcher(compact).matches()) {
            problem(column, "荷物番号「" + raw + "」は使えません（半角英数字とハイフンで40文字まで）");
            return null;
        }
        return number;
    }

    /** The date of a cell (yyyy/MM/dd, yyyy-MM-dd or yyyyMMdd, a time after it ignored); blank = {@code null}. */
    LocalDate date(TrackingColumns.Column column) {
        String value = text(column);
        if (value.isEmpty()) {
            return null;
        }
        LocalDate date = parseDate(JapaneseText.normalize(value));
        if (date == null) {
            problem(column, columns.name(column) + "「" + value + "」は正しい日付ではありません（例: 2025/05/07）");
        }
        return date;
    }

    /** Our carrier code for a code or carrier name; blank = {@code null}. */
    String carrier(TrackingColumns.Column column) {
        String value = text(column);
        if (value.isEmpty()) {
            return null;
        }
        String code = CARRIERS.get(JapaneseText.normalize(value).toUpperCase(Locale.ROOT));
        if (code == null) {
            problem(column, "配送業者「" + value + "」を判別できません（" + CARRIER_CHOICES + "）");
        }
        return code;
    }

    void problem(TrackingColumns.Column column, String message) {
        problems.add(problem(line.number(), columns.name(column), key, message));
    }

    static TrackingProblem problem(int line, String column, String key, String message) {
        return new TrackingProblem(line, column, key, message + " (" + line + "行目)");
    }

    List<TrackingProblem> problems() {
        return problems;
    }

    boolean usable() {
        return problems.isEmpty();
    }

    String columnName(TrackingColumns.Column column) {
        return columns.name(column);
    }

    private static boolean usesCheckDigit(String carrierCode) {
        return carrierCode == null || "YAMATO".equals(carrierCode) || "SAGAWA".equals(carrierCode)
                || "JAPANPOST".equals(carrierCode);
    }

    static LocalDate parseDate(String text) {
        Matcher separated = SEPARATED_DATE.matcher(text);
        Matcher compact = COMPACT_DATE.matcher(text);
        Matcher match = separated.matches() ? separated : compact.matches() ? compact : null;
        if (match == null) {
            return null;
        }
        int day = Integer.parseInt(match == separated ? match.group(4) : match.group(3));
        int month = Integer.parseInt(match == separated ? match.group(3) : match.group(2));
        try {
            return LocalDate.of(Integer.parseInt(match.group(1)), month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
