package jp.juchu.intake.csv;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import jp.juchu.intake.ImportIssue;

/**
 * A mall file opened for streaming: encoding detected (UTF-8 with or without BOM, else Windows-31J),
 * parsed by Commons CSV record by record, each record located at the physical line it starts on
 * (quoted line breaks counted). Bytes that are not valid in the detected encoding become U+FFFD, which
 * {@link Row} reports as a problem of that row instead of importing mojibake.
 */
final class CsvSource implements AutoCloseable {

    static final Charset WINDOWS_31J = Charset.forName("Windows-31J");
    static final char REPLACEMENT = '\uFFFD';
    private static final int SNIFF_BYTES = 64 * 1024;

    private final String fileName;
    private final String charsetName;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private long linesConsumed;

    private CsvSource(String fileName, Charset charset, InputStream in, CSVFormat format) throws IOException {
        this.fileName = fileName;
        this.charsetName = charset.name();
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .replaceWith(String.valueOf(REPLACEMENT));
        this.parser = CSVParser.builder().setReader(new InputStreamReader(in, decoder)).setFormat(format).get();
        this.records = parser.iterator();
    }

    /** Opens a comma-separated (quoted) or tab-separated (unquoted) file. */
    static CsvSource open(String fileName, InputStream raw, char delimiter) throws UnreadableFileException {
        try {
            BufferedInputStream in = new BufferedInputStream(raw, SNIFF_BYTES);
            Charset charset = detect(fileName, in);
            CSVFormat.Builder format = CSVFormat.RFC4180.builder().setDelimiter(delimiter)
                    .setIgnoreEmptyLines(false).setTrim(false);
            if (delimiter == '\t') {
                format.setQuote(null);
            }
            return new CsvSource(fileName, charset, in, format.get());
        } catch (IOException e) {
            throw new UnreadableFileException(ImportIssue.ofFile(fileName, "ファイルを読み込めません: " + e.getMessage()));
        }
    }

    String fileName() {
        return fileName;
    }

    String charsetName() {
        return charsetName;
    }

    /** The next record with at least one non-blank value, or {@code null} at the end of the file. */
    SourceRecord next() throws UnreadableFileException {
        while (true) {
            long startLine = linesConsumed + 1;
            CSVRecord record;
            try {
                if (!records.hasNext()) {
                    return null;
                }
                record = records.next();
            } catch (UncheckedIOException | IllegalStateException e) {
                throw new UnreadableFileException(new ImportIssue(fileName, startLine, null, null,
                        startLine + "行目以降をCSVとして読めません（引用符「\"」の対応か区切り文字が正しくありません）: "
                                + rootMessage(e)));
            }
            linesConsumed = parser.getCurrentLineNumber();
            if (isBlank(record)) {
                continue;
            }
            return new SourceRecord(record, startLine);
        }
    }

    /** Empty lines and rows of only separators (",,,," left by spreadsheets) are not records. */
    private static boolean isBlank(CSVRecord record) {
        for (String value : record) {
            if (!value.isBlank()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Charset detect(String fileName, BufferedInputStream in) throws IOException, UnreadableFileException {
        in.mark(SNIFF_BYTES);
        byte[] head = in.readNBytes(SNIFF_BYTES);
        in.reset();
        if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            in.skipNBytes(3);
            return StandardCharsets.UTF_8;
        }
        if (head.length >= 2 && ((head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF
                || (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE)) {
            throw new UnreadableFileException(ImportIssue.ofFile(fileName,
                    "UTF-16で保存されたファイルは読めません。Windows-31J（Shift_JIS）またはUTF-8で保存し直してください"));
        }
        return isUtf8WithNonAscii(head) ? StandardCharsets.UTF_8 : WINDOWS_31J;
    }

    private static boolean isUtf8WithNonAscii(byte[] head) {
        boolean nonAscii = false;
        for (byte b : head) {
            if (b < 0) {
                nonAscii = true;
                break;
            }
        }
        if (!nonAscii) {
            return false;
        }
        int end = head.length;
        if (head.length == SNIFF_BYTES) {
            end = lastCompleteUtf8Boundary(head);
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(head, 0, end));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** Cuts a sniffed prefix before a multi-byte sequence the prefix may have split. */
    private static int lastCompleteUtf8Boundary(byte[] head) {
        int end = head.length;
        for (int back = 1; back <= 3 && end - back >= 0; back++) {
            int b = head[end - back] & 0xFF;
            if (b >= 0xC0) {
                return end - back;
            }
            if (b < 0x80) {
                return end;
            }
        }
        return end;
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }

    /** A parsed record and the physical line it starts on. */
    record SourceRecord(CSVRecord record, long line) {
    }

}
