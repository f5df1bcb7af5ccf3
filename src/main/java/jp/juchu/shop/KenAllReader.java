package jp.juchu.shop;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.util.Iterator;
import java.util.regex.Pattern;
import jp.juchu.core.Prefecture;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads Japan Post's KEN_ALL.CSV (郵便番号データ, Windows-31J, no header, 15 columns). A 町域名 that
 * Japan Post splits over several rows (an opening "（" whose "）" follows on later rows of the same postal
 * code) is joined into one entry; 「以下に掲載がない場合」 means "the whole city" and is stored without a town.
 * Each broken row is reported with its line and column; reading stops after {@link #PROBLEM_LIMIT} problems
 * or at a byte sequence that is not Windows-31J (the file is then certainly not KEN_ALL).
 */
final class KenAllReader {

    static final Charset WINDOWS_31J = Charset.forName("Windows-31J");
    static final int PROBLEM_LIMIT = 100;
    private static final int COLUMNS = 15;
    private static final int POSTAL_CODE = 2;
    private static final int PREFECTURE = 6;
    private static final int CITY = 7;
    private static final int TOWN = 8;
    private static final String[] COLUMN_NAMES = {"全国地方公共団体コード", "旧郵便番号", "郵便番号", "都道府県名カナ", "市区町村名カナ",
        "町域名カナ", "都道府県名", "市区町村名", "町域名"};
    private static final Pattern SEVEN_DIGITS = Pattern.compile("\\d{7}");
    private static final String WHOLE_CITY = "以下に掲載がない場合";

    interface Sink {
        void entry(PostalAddress entry);

        void problem(long line, String column, String reason);

        default void rowsRead(long rows) {
        }
    }

    /** Rows read, entries delivered and problems reported; {@code aborted} when reading stopped early. */
    record Summary(long rows, long entries, int problems, boolean aborted) {
    }

    private final Sink sink;
    private long entries;
    private int problems;
    private Pending pending;

    private KenAllReader(Sink sink) {
        this.sink = sink;
    }

    static Summary read(InputStream in, Sink sink) throws IOException {
        return new KenAllReader(sink).readAll(in);
    }

    private Summary readAll(InputStream in) throws IOException {
        CharsetDecoder decoder = WINDOWS_31J.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        long rows = 0;
        long lastLine = 0;
        try (Reader reader = new InputStreamReader(in, decoder);
             CSVParser parser = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get().parse(reader)) {
            Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                long line = lastLine + 1;
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (RuntimeException e) {
                    if (e.getCause() instanceof CharacterCodingException) {
                        problem(line, null, "文字コードが Shift_JIS（Windows-31J）ではありません。日本郵便の KEN_ALL.CSV をそのままアップロードしてください");
                    } else {
                        problem(line, null, "CSV として読めません（" + e.getMessage() + "）");
                    }
                    return new Summary(rows, entries, problems, true);
                }
                lastLine = parser.getCurrentLineNumber();
                rows++;
                row(line, record);
                if (rows % 1000 == 0) {
                    sink.rowsRead(rows);
                }
                if (problems >= PROBLEM_LIMIT) {
                    problem(line, null, "エラーが" + PROBLEM_LIMIT + "件を超えたため読み込みを中止しました");
                    return new Summary(rows, entries, problems, true);
                }
            }
        }
        closePending(lastLine);
        if (rows == 0) {
            problem(1, null, "ファイルが空です");
        }
        sink.rowsRead(rows);
        return new Summary(rows, entries, problems, false);
    }

    private void row(long line, CSVRecord record) {
        if (record.size() != COLUMNS) {
            problem(line, null, "列数が" + record.size() + "です（KEN_ALL.CSV は" + COLUMNS + "列です）");
            return;
        }
        String postalCode = record.get(POSTAL_CODE).strip();
        if (!SEVEN_DIGITS.matcher(postalCode).matches()) {
            problem(line, COLUMN_NAMES[POSTAL_CODE], "郵便番号「" + postalCode + "」が7桁の数字ではありません");
            return;
        }
        String prefectureName = record.get(PREFECTURE).strip();
        Prefecture prefecture = Prefecture.fromName(prefectureName).orElse(null);
        if (prefecture == null || !prefecture.japaneseName().equals(prefectureName)) {
            problem(line, COLUMN_NAMES[PREFECTURE], "都道府県名「" + prefectureName + "」を認識できません");
            return;
        }
        String city = record.get(CITY).strip();
        if (city.isEmpty()) {
            problem(line, COLUMN_NAMES[CITY], "市区町村名が空です");
            return;
        }
        if (city.length() > 100) {
            problem(line, COLUMN_NAMES[CITY], "市区町村名が長すぎます（" + city.length() + "文字、100文字まで）");
            return;
        }
        String town = record.get(TOWN).strip();
        if (pending != null) {
            if (!pending.continuedBy(postalCode, prefecture, city)) {
                closePending(line - 1);
            } else {
                pending.town.append(town);
                if (town.contains("）")) {
                    emit(pending.line, pending.entry(), pending.town.toString());
                    pending = null;
                }
                return;
            }
        }
        if (town.contains("（") && !town.contains("）")) {
            pending = new Pending(line, new PostalAddress(postalCode, prefecture, city, null), new StringBuilder(town));
            return;
        }
        emit(line, new PostalAddress(postalCode, prefecture, city, null), town);
    }

    /** A town still open at a new postal code or at the end of the file: reported, not stored half. */
    private void closePending(long lastLine) {
        if (pending != null) {
            problem(pending.line, COLUMN_NAMES[TOWN], "町域名「" + abbreviate(pending.town.toString()) + "」の括弧が"
                    + lastLine + "行目までに閉じていません");
            pending = null;
        }
    }

    private void emit(long line, PostalAddress entry, String town) {
        String stored = town.isEmpty() || town.equals(WHOLE_CITY) ? null : town;
        if (stored != null && stored.length() > 400) {
            problem(line, COLUMN_NAMES[TOWN], "町域名が長すぎます（" + stored.length() + "文字、400文字まで）");
            return;
        }
        entries++;
        sink.entry(new PostalAddress(entry.postalCode(), entry.prefecture(), entry.city(), stored));
    }

    private void problem(long line, String column, String reason) {
        problems++;
        sink.problem(line, column, reason);
    }

    private static String abbreviate(String text) {
        return text.length() <= 30 ? text : text.substring(0, 30) + "…";
    }

    private record Pending(long line, PostalAddress entry, StringBuilder town) {

        boolean continuedBy(String postalCode, Prefecture prefecture, String city) {
            return entry.postalCode().equals(postalCode) && entry.prefecture() == prefecture && entry.city().equals(city);
        }
    }
}
