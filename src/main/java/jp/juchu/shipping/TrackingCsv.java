package jp.juchu.shipping;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A tracking file as lines of cells, or the one problem that keeps it from being read at all. The file is
 * Windows-31J unless it starts with a UTF-8 BOM; decoding is strict, because a misread byte could turn into a
 * wrong 荷物番号 or key, and a NUL byte (a binary file) counts as undecodable. Each line keeps the physical line number it starts on (header = 1, quoted line breaks
 * counted); empty lines and lines of only separators are dropped.
 */
final class TrackingCsv {

    static final Charset WINDOWS_31J = Charset.forName("Windows-31J");
    static final int MAX_BYTES = 50 * 1024 * 1024;
    private static final String WINDOWS_31J_LABEL = "Windows-31J（Shift_JIS）";
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).setTrim(false).get();

    private TrackingCsv() {
    }

    /** A non-blank line: its 1-based physical line number and its cells as written. */
    record Line(int number, List<String> cells) {

        String cell(int index) {
            return index >= 0 && index < cells.size() ? cells.get(index) : "";
        }
    }

    /** The header line and the data lines after it, or {@code problem} when the file cannot be read. */
    record Content(Line header, List<Line> rows, TrackingProblem problem) {

        boolean failed() {
            return problem != null;
        }

        static Content failure(int line, String message) {
            return new Content(null, List.of(), new TrackingProblem(line, null, null, message));
        }
    }

    static Content read(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            return Content.failure(1, "ファイルが大きすぎます（" + MAX_BYTES / 1024 / 1024 + "MBまで）");
        }
        if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
                || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)) {
            return Content.failure(1, "UTF-16で保存されたファイルは読めません。" + WINDOWS_31J_LABEL + "かBOM付きUTF-8で保存し直してください");
        }
        boolean utf8Bom = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF;
        int start = utf8Bom ? 3 : 0;
        Charset charset = utf8Bom ? StandardCharsets.UTF_8 : WINDOWS_31J;
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer input = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer output = CharBuffer.allocate((int) Math.ceil((bytes.length - start) * (double) decoder.maxCharsPerByte()) + 1);
        CoderResult result = decoder.decode(input, output, true);
        int nul = indexOf(bytes, start, (byte) 0);
        int bad = result.isError() && (nul < 0 || input.position() < nul) ? input.position() : nul;
        if (bad < 0 && !utf8Bom) {
            bad = firstNonAsciiIfUtf8(bytes);
        }
        if (bad >= 0) {
            return Content.failure(lineAt(bytes, bad), encodingMessage(utf8Bom, bytes, lineAt(bytes, bad)));
        }
        decoder.flush(output);
        output.flip();
        return parse(output.toString());
    }

    static TrackingProblem headerProblem(String formatName, List<String> missing) {
        return new TrackingProblem(1, null, null, "1行目の項目名が" + formatName + "の形式ではありません。必要な列がありません: "
                + String.join("、", missing));
    }

    private static Content parse(String text) {
        List<Line> lines = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(FORMAT).get()) {
            Iterator<CSVRecord> records = parser.iterator();
            long consumed = 0;
            while (true) {
                int start = (int) consumed + 1;
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    return Content.failure(start, start + "行目以降をCSVとして読めません（引用符「\"」が閉じられていません）");
                }
                consumed = parser.getCurrentLineNumber();
                List<String> cells = record.toList();
                if (cells.stream().allMatch(String::isBlank)) {
                    continue;
                }
                lines.add(new Line(start, cells));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (lines.isEmpty()) {
            return Content.failure(1, "ファイルが空です（1行目に項目名の行が必要です）");
        }
        return new Content(lines.get(0), List.copyOf(lines.subList(1, lines.size())), null);
    }

    private static String encodingMessage(boolean utf8Bom, byte[] bytes, int line) {
        if (utf8Bom) {
            return "文字コードをUTF-8として読めません（" + line + "行目）。ファイルが壊れていないか確認してください";
        }
        String hint = isUtf8(bytes) ? "UTF-8（BOMなし）で保存されたファイルのようです。" : "";
        return "文字コードを" + WINDOWS_31J_LABEL + "として読めません（" + line + "行目）。" + hint
                + WINDOWS_31J_LABEL + "かBOM付きUTF-8で保存したCSVファイルを指定してください";
    }

    /**
     * A file that is valid UTF-8 with multi-byte characters is not a Windows-31J file even when its bytes happen
     * to decode (Japanese UTF-8 text often does, as mojibake): the first line with such a character is reported.
     */
    private static int firstNonAsciiIfUtf8(byte[] bytes) {
        int first = -1;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] < 0) {
                first = i;
                break;
            }
        }
        return first >= 0 && isUtf8(bytes) ? first : -1;
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static int indexOf(byte[] bytes, int from, byte value) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == value) {
                return i;
            }
        }
        return -1;
    }

    /** Line of a byte offset (CR LF, LF or CR end a line; neither byte occurs inside a multi-byte character). */
    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n' || bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n')) {
                line++;
            }
        }
        return line;
    }
}
