package jp.juchu.shop;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import jp.juchu.core.InvalidInputException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the Cabinet Office 「国民の祝日・休日」 CSV (syukujitsu.csv): Windows-31J, header
 * {@code 国民の祝日・休日月日,国民の祝日・休日名称}, dates written {@code 2026/5/6}. A copy re-saved as UTF-8
 * (with or without BOM) is accepted too, since spreadsheet programs do that silently.
 */
final class NationalHolidayCsv {

    static final Charset WINDOWS_31J = Charset.forName("Windows-31J");
    static final String FIELD = "file";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu/M/d").withResolverStyle(ResolverStyle.STRICT);
    private static final int NAME_LIMIT = 100;

    private NationalHolidayCsv() {
    }

    static List<NationalHolidayEntry> parse(byte[] content) {
        if (content == null || content.length == 0) {
            throw new InvalidInputException(FIELD, "ファイルが空です。内閣府の「国民の祝日」CSV を選択してください");
        }
        List<NationalHolidayEntry> result = new ArrayList<>();
        Set<LocalDate> seen = new HashSet<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).setTrim(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(decode(content)), format)) {
            for (CSVRecord record : parser) {
                long line = record.getRecordNumber();
                if (isBlank(record) || (line == 1 && isHeader(record))) {
                    continue;
                }
                NationalHolidayEntry entry = entry(record, line);
                if (!seen.add(entry.date())) {
                    throw new InvalidInputException(FIELD, line + "行目: 日付「" + record.get(0) + "」が重複しています");
                }
                result.add(entry);
            }
        } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
            throw new InvalidInputException(FIELD, "CSV として読み込めません: " + e.getMessage());
        }
        if (result.isEmpty()) {
            throw new InvalidInputException(FIELD, "祝日が1件も含まれていません");
        }
        return result;
    }

    private static NationalHolidayEntry entry(CSVRecord record, long line) {
        if (record.size() < 2) {
            throw new InvalidInputException(FIELD, line + "行目: 「日付,名称」の2列が必要です");
        }
        String rawDate = record.get(0);
        LocalDate date;
        try {
            date = LocalDate.parse(rawDate, DATE);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(FIELD, line + "行目: 日付「" + rawDate + "」が正しくありません (例: 2026/5/6)");
        }
        String name = record.get(1);
        if (name.isEmpty()) {
            throw new InvalidInputException(FIELD, line + "行目: 祝日の名称がありません");
        }
        if (name.length() > NAME_LIMIT) {
            throw new InvalidInputException(FIELD, line + "行目: 祝日の名称は" + NAME_LIMIT + "文字以内にしてください");
        }
        return new NationalHolidayEntry(date, name);
    }

    private static boolean isBlank(CSVRecord record) {
        for (String value : record) {
            if (!value.isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** The first line is a header unless it already holds a date. */
    private static boolean isHeader(CSVRecord record) {
        try {
            LocalDate.parse(record.get(0), DATE);
            return false;
        } catch (DateTimeParseException e) {
            return true;
        }
    }

    private static String decode(byte[] content) {
        if (content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB && (content[2] & 0xFF) == 0xBF) {
            return new String(content, 3, content.length - 3, StandardCharsets.UTF_8);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(content, WINDOWS_31J);
        }
    }
}
