package jp.juchu.intake.csv;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.juchu.core.JapaneseText;
import jp.juchu.core.Parsed;
import jp.juchu.intake.ImportIssue;
import org.apache.commons.csv.CSVRecord;

/**
 * Typed access to one record. Every value that cannot be read becomes a problem of this row (with file,
 * line, column and a Japanese reason) and the accessor returns a neutral value, so all problems of a row
 * are collected at once; a row with problems rejects its whole order.
 */
final class Row<C extends Enum<C> & CsvColumn> {

    static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    static final int MAX_FIELD_LENGTH = 65_535;
    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,15}(?:\\.0+)?");
    private static final Pattern DATE_TIME = Pattern.compile(
            "(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?:[ T]+(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?)?"
                    + "\\s*(Z|[+-]\\d{2}:?\\d{2})?");
    private static final Pattern COMPACT_DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");

    private final String file;
    private final long line;
    private final CSVRecord record;
    private final HeaderMap<C> header;
    private final List<ImportIssue> problems = new ArrayList<>();
    private final List<ImportIssue> notes = new ArrayList<>();

    Row(String file, long line, CSVRecord record, HeaderMap<C> header) {
        this.file = file;
        this.line = line;
        this.record = record;
        this.header = header;
        if (record.size() != header.width()) {
            problems.add(new ImportIssue(file, line, null, null, "列の数がヘッダーと違います（ヘッダー" + header.width()
                    + "列、この行" + record.size() + "列）。行が途中で切れているか、区切り文字が違う可能性があります"));
        }
    }

    String file() {
        return file;
    }

    long line() {
        return line;
    }

    boolean has(C column) {
        return header.has(column);
    }

    /** The normalised text, or {@code null} when the column is absent or blank. */
    String text(C column) {
        String raw = raw(column);
        if (raw == null) {
            return null;
        }
        if (raw.indexOf(CsvSource.REPLACEMENT) >= 0) {
            problem(column, "文字コードとして読めない文字があります（文字化け）。ファイルの文字コードを確認してください");
            return null;
        }
        if (raw.length() > MAX_FIELD_LENGTH) {
            problem(column, "値が長すぎます（" + raw.length() + "文字、上限" + MAX_FIELD_LENGTH + "文字）");
            return null;
        }
        return JapaneseText.normalizeToNull(raw);
    }

    /**
     * The value exactly as the mall wrote it, only trimmed; {@code null} when absent or blank. For names
     * that are looked up in the shop's mapping tables (支払方法名, 配送方法, ステータス), which hold the
     * mall's own spelling (e.g. full-width brackets in 「ローソン、郵便局ATM等（前払）」).
     */
    String verbatim(C column) {
        String raw = raw(column);
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return text(column) == null ? null : raw.strip();
    }

    /** {@link #verbatim} that is required. */
    String requiredVerbatim(C column) {
        return required(column) == null ? null : verbatim(column);
    }

    /** Like {@link #text} but a missing value is a problem. */
    String required(C column) {
        String value = text(column);
        if (value == null && !hasProblemIn(column)) {
            problem(column, "必須項目「" + header.name(column) + "」が空です");
        }
        return value;
    }

    /** Yen; blank or absent → 0. Accepts "1,080", "¥1080", "1080円", full-width digits. */
    long amount(C column) {
        Long value = optionalAmount(column);
        return value == null ? 0 : value;
    }

    Long optionalAmount(C column) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        if (isPlainNumber(value)) {
            return Long.parseLong(value);
        }
        String cleaned = value.replace(",", "").replace("円", "").replace("¥", "").replace("￥", "")
                .replace("\\", "").replace(" ", "");
        if (!INTEGER.matcher(cleaned).matches()) {
            problem(column, "金額「" + value + "」を数値として読めません");
            return null;
        }
        return Long.parseLong(cleaned.replaceAll("\\.0+$", ""));
    }

    /** A required whole number of at least 1 (個数). */
    int positiveInt(C column) {
        String value = required(column);
        if (value == null) {
            return 0;
        }
        Long number = optionalAmount(column);
        if (number == null) {
            return 0;
        }
        if (number < 1 || number > Integer.MAX_VALUE) {
            problem(column, "「" + value + "」は1以上の整数でなければなりません");
            return 0;
        }
        return number.intValue();
    }

    Integer optionalInt(C column) {
        Long number = optionalAmount(column);
        if (number == null) {
            return null;
        }
        if (number < Integer.MIN_VALUE || number > Integer.MAX_VALUE) {
            problem(column, "「" + number + "」は大きすぎます");
            return null;
        }
        return number.intValue();
    }

    /** "1"/"true" → true; "0"/"false"/blank/absent → false; anything else is a problem. */
    boolean flag(C column) {
        String value = text(column);
        if (value == null || value.equals("0") || value.equalsIgnoreCase("false")) {
            return false;
        }
        if (value.equals("1") || value.equalsIgnoreCase("true")) {
            return true;
        }
        problem(column, "「" + value + "」はフラグ（0/1）として読めません");
        return false;
    }

    /** A date; blank → {@code null}. Accepts 2025-05-01, 2025/5/1, 20250501, and date-times (date part). */
    LocalDate date(C column) {
        LocalDateTime dateTime = parseDateTime(column, "日付");
        return dateTime == null ? null : dateTime.toLocalDate();
    }

    /**
     * A date-time in Japan time; blank → {@code null}. A value with an offset (Amazon: +00:00) is
     * converted to Japan time; seconds may be missing (Excel drops them).
     */
    LocalDateTime dateTime(C column) {
        return parseDateTime(column, "日時");
    }

    /** Records a repair or a non-fatal finding for the order's notes. */
    void note(C column, Parsed<?> parsed) {
        if (parsed.message() != null) {
            notes.add(new ImportIssue(file, line, header.name(column), null, parsed.message()));
        }
    }

    void note(C column, String message) {
        notes.add(new ImportIssue(file, line, column == null ? null : header.name(column), null, message));
    }

    void problem(C column, String message) {
        problems.add(new ImportIssue(file, line, column == null ? null : header.name(column), null, message));
    }

    List<ImportIssue> problems() {
        return problems;
    }

    List<ImportIssue> notes() {
        return notes;
    }

    String name(C column) {
        return header.name(column);
    }

    private static boolean isPlainNumber(String value) {
        int length = value.length();
        if (length == 0 || length > 15) {
            return false;
        }
        for (int i = value.charAt(0) == '-' && length > 1 ? 1 : 0; i < length; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** Whether two rows carry the same text in {@code column} as written (before normalisation). */
    boolean sameRaw(Row<C> other, C column) {
        return java.util.Objects.equals(raw(column), other.raw(column));
    }

    private String raw(C column) {
        int index = header.index(column);
        if (index < 0 || index >= record.size()) {
            return null;
        }
        return record.get(index);
    }

    private boolean hasProblemIn(C column) {
        String name = header.name(column);
        return problems.stream().anyMatch(problem -> name.equals(problem.column()));
    }

    private LocalDateTime parseDateTime(C column, String kind) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        try {
            Matcher compact = COMPACT_DATE.matcher(value);
            if (compact.matches()) {
                return LocalDate.of(Integer.parseInt(compact.group(1)), Integer.parseInt(compact.group(2)),
                        Integer.parseInt(compact.group(3))).atStartOfDay();
            }
            Matcher m = DATE_TIME.matcher(value);
            if (m.matches()) {
                LocalDateTime local = LocalDateTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)), m.group(4) == null ? 0 : Integer.parseInt(m.group(4)),
                        m.group(5) == null ? 0 : Integer.parseInt(m.group(5)),
                        m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
                if (m.group(7) == null) {
                    return local;
                }
                ZoneOffset offset = ZoneOffset.of(m.group(7).equals("Z") ? "Z"
                        : m.group(7).length() == 5 ? m.group(7).substring(0, 3) + ":" + m.group(7).substring(3)
                        : m.group(7));
                return OffsetDateTime.of(local, offset).atZoneSameInstant(JAPAN).toLocalDateTime();
            }
        } catch (DateTimeException | NumberFormatException e) {
            problem(column, kind + "「" + value + "」は存在しない" + kind + "です");
            return null;
        }
        problem(column, kind + "「" + value + "」を読めません（例: 2025-05-01 09:12:03）"
                + (value.matches("\\d{5}(\\.\\d+)?") ? "。表計算ソフトで数値に変換された可能性があります" : ""));
        return null;
    }
}
