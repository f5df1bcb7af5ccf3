package jp.juchu.shipping;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.CharsetEncoder;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import jp.juchu.core.SpreadsheetSafe;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * Writes 出荷指示 in the layout of one user template (受注CSV出力項目設定). Every cell, headers and 固定値 included,
 * is made single-line (a line break becomes a space), neutralised against spreadsheet formulas
 * ({@link SpreadsheetSafe#cell}) and then cut to the column's 最大文字数. In a Windows-31J file, characters that
 * Windows-31J cannot encode are written as 〓 (after mapping the JIS look-alikes 〜 ‖ − — to ～ ∥ － ―), so an
 * emoji in a 備考 never stops an export. The stream is flushed, not closed.
 */
public final class TemplateLabelWriter implements LabelFileWriter {

    static final String UNENCODABLE = "〓";
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final ExportTemplateView template;

    public TemplateLabelWriter(ExportTemplateView template) {
        this.template = Objects.requireNonNull(template, "template");
    }

    /** The template's name, e.g. for the job's title. */
    public String name() {
        return template.name();
    }

    @Override
    public void write(List<ShippingLabel> labels, ExportOptions options, OutputStream out) throws IOException {
        ExportOptions effective = options == null ? ExportOptions.DEFAULT : options;
        if (template.encoding().bom()) {
            out.write(BOM);
        }
        Cells cells = new Cells(template.encoding());
        Writer writer = new OutputStreamWriter(out, template.encoding().charset());
        CSVPrinter printer = new CSVPrinter(writer, format(template.quoting(), template.lineEnding().separator()));
        if (template.header()) {
            printer.printRecord(template.columns().stream().map(c -> cells.header(c.header())).toList());
        }
        for (ShippingLabel label : labels) {
            for (TemplateRow row : rows(label, effective)) {
                printer.printRecord(template.columns().stream().map(c -> cells.data(c, row)).toList());
            }
        }
        printer.flush();
        writer.flush();
    }

    /**
     * The header line as the file would show it (without the line ending), for the editor's preview; with
     * {@code encoding} {@code null} no character is replaced.
     */
    public static String headerLine(List<String> headers, TemplateQuoting quoting, TemplateEncoding encoding) {
        Cells cells = new Cells(encoding);
        StringBuilder line = new StringBuilder();
        try {
            CSVPrinter printer = new CSVPrinter(line, format(quoting == null ? TemplateQuoting.ALL : quoting, ""));
            printer.printRecord(headers.stream().map(h -> cells.header(h == null ? "" : h.strip())).toList());
            printer.flush();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return line.toString();
    }

    private List<TemplateRow> rows(ShippingLabel label, ExportOptions options) {
        List<LabelItem> items = label.items();
        if (items.isEmpty()) {
            return List.of(new TemplateRow(label, null, 0, options));
        }
        if (template.rowPer() == RowGranularity.ONE_PER_SHIPMENT) {
            return List.of(new TemplateRow(label, items.get(0), 1, options));
        }
        List<TemplateRow> rows = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            rows.add(new TemplateRow(label, items.get(i), i + 1, options));
        }
        return rows;
    }

    private static CSVFormat format(TemplateQuoting quoting, String recordSeparator) {
        return CSVFormat.DEFAULT.builder()
                .setQuoteMode(quoting == TemplateQuoting.ALL ? QuoteMode.ALL : QuoteMode.MINIMAL)
                .setRecordSeparator(recordSeparator)
                .get();
    }

    /** The cell rules; one instance per file (a CharsetEncoder is not thread-safe). */
    private static final class Cells {

        private final CharsetEncoder encoder;

        Cells(TemplateEncoding encoding) {
            this.encoder = encoding == TemplateEncoding.WINDOWS_31J ? encoding.charset().newEncoder() : null;
        }

        String header(String text) {
            return encodable(SpreadsheetSafe.cell(singleLine(text)));
        }

        String data(TemplateColumn column, TemplateRow row) {
            String raw = column.isFixed() ? column.fixedValue() : column.field().valueOf(row);
            String safe = SpreadsheetSafe.cell(singleLine(raw));
            return encodable(column.maxLength() == null ? safe : cut(safe, column.maxLength()));
        }

        private static String singleLine(String text) {
            if (text == null || text.isEmpty()) {
                return "";
            }
            StringBuilder out = new StringBuilder(text.length());
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\r' || c == '\n') {
                    out.append(' ');
                    if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                } else if ((c >= 0x20 || c == '\t') && c != 0x7F) {
                    out.append(c);
                }
            }
            return out.toString();
        }

        /** The first {@code limit} characters (code points, so a surrogate pair is never split). */
        private static String cut(String text, int limit) {
            if (text.codePointCount(0, text.length()) <= limit) {
                return text;
            }
            return text.substring(0, text.offsetByCodePoints(0, limit));
        }

        private String encodable(String text) {
            if (encoder == null || text.chars().allMatch(c -> c < 0x80)) {
                return text;
            }
            StringBuilder out = new StringBuilder(text.length());
            text.codePoints().forEach(cp -> {
                String ch = Character.toString(windows31jCounterpart(cp));
                out.append(encoder.canEncode(ch) ? ch : UNENCODABLE);
            });
            return out.toString();
        }

        private static int windows31jCounterpart(int cp) {
            return switch (cp) {
                case 0x301C -> 0xFF5E; // 〜 → ～
                case 0x2016 -> 0x2225; // ‖ → ∥
                case 0x2212 -> 0xFF0D; // − → －
                case 0x2014 -> 0x2015; // — → ―
                case 0x00A0 -> 0x0020; // no-break space
                default -> cp;
            };
        }
    }
}
