package jp.juchu.payment;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import jp.juchu.core.InvalidInputException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a provider's 与信結果 CSV: Windows-31J (a UTF-8 file with BOM is accepted too), header row first,
 * columns found by name. The providers' exact layouts are not verified (formats.md §5.2–5.4), so each
 * column is recognised by the names the providers and OMS peers use for it:
 * 加盟店取引ID (the id Juchu sent, e.g. {@code JC123}), 与信結果 (OK / NG / 保留 in the usual spellings),
 * optionally the provider's own 取引ID and a reason. A file that cannot be read at all is refused with
 * file/line/column; a broken row becomes a problem row and the others are still read.
 */
final class CreditResultCsvReader {

    static final Charset WINDOWS_31J = Charset.forName("Windows-31J");
    static final int MAX_BYTES = 20 * 1024 * 1024;

    static final List<String> KEY_COLUMNS = List.of("加盟店取引ID", "任意注文番号", "ご注文番号", "注文番号", "受注番号", "shop_transaction_id");
    static final List<String> RESULT_COLUMNS = List.of("与信結果", "審査結果", "与信審査結果", "authori_result");
    static final List<String> PROVIDER_ID_COLUMNS = List.of("GMO取引ID", "注文ID", "お問合せ番号", "お問い合わせ番号", "取引ID",
            "provider_transaction_id");
    static final List<String> REASON_COLUMNS = List.of("与信結果理由", "保留理由", "NG理由", "審査結果理由", "理由", "備考");

    private static final Map<String, CreditResult> RESULTS = results();

    private CreditResultCsvReader() {
    }

    /** One data row: either usable or with the problem that keeps it from being used. */
    record Row(long line, String shopTransactionId, String providerTransactionId, CreditResult result, String reason,
               String problem) {

        boolean usable() {
            return problem == null;
        }
    }

    /** @throws InvalidInputException (field {@code file}) when the file cannot be read at all */
    static List<Row> read(InputStream in, String fileName) {
        String file = fileName == null || fileName.isBlank() ? "与信結果CSV" : fileName;
        String text = decode(readBytes(in, file), file);
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).setTrim(true).get())) {
            Iterator<CSVRecord> records = parser.iterator();
            long nextLine = 1;
            if (!hasNext(records, parser, file, nextLine)) {
                throw new InvalidInputException("file", file + ": ファイルが空です（1行目に項目名の行が必要です）");
            }
            Columns columns = Columns.of(records.next(), file);
            nextLine = parser.getCurrentLineNumber() + 1;
            while (hasNext(records, parser, file, nextLine)) {
                CSVRecord record = records.next();
                long line = nextLine;
                nextLine = parser.getCurrentLineNumber() + 1;
                if (isBlank(record)) {
                    continue;
                }
                rows.add(columns.row(record, line, file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    private static boolean hasNext(Iterator<CSVRecord> records, CSVParser parser, String file, long line) {
        try {
            return records.hasNext();
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new InvalidInputException("file", file + ": " + line + "行目: CSVの形式が正しくありません"
                    + "（閉じられていない「\"」など。" + parser.getCurrentLineNumber() + "行目まで読みました）");
        }
    }

    private static boolean isBlank(CSVRecord record) {
        for (String value : record) {
            if (value != null && !value.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static byte[] readBytes(InputStream in, String file) {
        try {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new InvalidInputException("file", file + ": ファイルが大きすぎます（" + (MAX_BYTES / 1024 / 1024) + "MBまで）");
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Windows-31J, or UTF-8 when the file starts with a BOM; undecodable bytes are reported with their line. */
    static String decode(byte[] bytes, String file) {
        boolean utf8Bom = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
        Charset charset = utf8Bom ? StandardCharsets.UTF_8 : WINDOWS_31J;
        int start = utf8Bom ? 3 : 0;
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer input = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer output = CharBuffer.allocate((int) Math.ceil(bytes.length * (double) decoder.maxCharsPerByte()) + 1);
        CoderResult result = decoder.decode(input, output, true);
        if (result.isError()) {
            int at = input.position();
            long line = 1;
            for (int i = 0; i < at; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new InvalidInputException("file", file + ": " + line + "行目: 文字コードを" + (utf8Bom ? "UTF-8" : "Windows-31J（Shift_JIS）")
                    + "として読めません（" + (at + 1) + "バイト目）。Windows-31J で保存したファイルを指定してください");
        }
        decoder.flush(output);
        output.flip();
        return output.toString();
    }

    private static Map<String, CreditResult> results() {
        Map<String, CreditResult> map = new LinkedHashMap<>();
        for (String ok : List.of("OK", "00", "0", "与信OK", "審査OK", "承認", "可", "通過", "与信通過")) {
            map.put(ok, CreditResult.OK);
        }
        for (String ng : List.of("NG", "20", "与信NG", "審査NG", "否決", "不可", "与信否決")) {
            map.put(ng, CreditResult.NG);
        }
        for (String pending : List.of("保留", "10", "審査中", "与信保留", "与信中", "PENDING", "HOLD")) {
            map.put(pending, CreditResult.PENDING);
        }
        return map;
    }

    static Optional<CreditResult> parseResult(String text) {
        return Optional.ofNullable(RESULTS.get(text.strip().toUpperCase(Locale.ROOT)));
    }

    /** Where the needed columns are in this file's header. */
    private record Columns(int key, String keyName, int result, String resultName, int providerId, List<Integer> reasons) {

        static Columns of(CSVRecord header, String file) {
            List<String> names = new ArrayList<>();
            header.forEach(name -> names.add(name == null ? "" : name.replace("\uFEFF", "").strip()));
            int key = find(names, KEY_COLUMNS);
            int result = find(names, RESULT_COLUMNS);
            List<String> missing = new ArrayList<>();
            if (key < 0) {
                missing.add("「" + KEY_COLUMNS.get(0) + "」（または " + String.join("、", KEY_COLUMNS.subList(1, KEY_COLUMNS.size())) + "）");
            }
            if (result < 0) {
                missing.add("「" + RESULT_COLUMNS.get(0) + "」（または " + String.join("、", RESULT_COLUMNS.subList(1, RESULT_COLUMNS.size())) + "）");
            }
            if (!missing.isEmpty()) {
                throw new InvalidInputException("file", file + ": 1行目: 必須の列 " + String.join("、", missing)
                        + " がありません（項目名: " + String.join(",", names) + "）");
            }
            List<Integer> reasons = new ArrayList<>();
            for (String name : REASON_COLUMNS) {
                int index = names.indexOf(name);
                if (index >= 0) {
                    reasons.add(index);
                }
            }
            return new Columns(key, names.get(key), result, names.get(result), find(names, PROVIDER_ID_COLUMNS), reasons);
        }

        private static int find(List<String> names, List<String> candidates) {
            for (String candidate : candidates) {
                int index = names.indexOf(candidate);
                if (index >= 0) {
                    return index;
                }
            }
            return -1;
        }

        Row row(CSVRecord record, long line, String file) {
            String shopTransactionId = value(record, key);
            String resultText = value(record, result);
            String providerTransactionId = value(record, providerId);
            List<String> reasonTexts = new ArrayList<>();
            for (int index : reasons) {
                String text = value(record, index);
                if (!text.isEmpty()) {
                    reasonTexts.add(text);
                }
            }
            String reason = reasonTexts.isEmpty() ? null : String.join("／", reasonTexts);
            String where = file + ": " + line + "行目: ";
            if (shopTransactionId.isEmpty()) {
                return new Row(line, "", providerTransactionId, null, reason, where + "「" + keyName + "」列が空です");
            }
            if (resultText.isEmpty()) {
                return new Row(line, shopTransactionId, providerTransactionId, null, reason, where + "「" + resultName + "」列が空です");
            }
            Optional<CreditResult> parsed = parseResult(resultText);
            if (parsed.isEmpty()) {
                return new Row(line, shopTransactionId, providerTransactionId, null, reason, where + "「" + resultName + "」列の値「" + resultText
                        + "」を解釈できません（OK / NG / 保留 のいずれか）");
            }
            return new Row(line, shopTransactionId, providerTransactionId.isEmpty() ? null : providerTransactionId, parsed.get(), reason, null);
        }

        private static String value(CSVRecord record, int index) {
            if (index < 0 || index >= record.size()) {
                return "";
            }
            String value = record.get(index);
            return value == null ? "" : value.strip();
        }
    }
}
