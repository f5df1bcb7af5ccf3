package jp.juchu.shipping.web;

import java.util.ArrayList;
import java.util.List;
import jp.juchu.core.InvalidInputException;
import jp.juchu.core.JapaneseText;
import jp.juchu.shipping.ExportTemplateInput;
import jp.juchu.shipping.ExportTemplateView;
import jp.juchu.shipping.TemplateColumn;
import org.springframework.util.MultiValueMap;

/**
 * The template editor's form as typed. Column rows arrive as parallel lists ({@code colHeader}, {@code colSource},
 * {@code colFixedValue}, {@code colMaxLength}, one entry per row in screen order; inputs are never disabled so
 * the lists stay aligned). {@code colSource} is a field key or {@link #FIXED}. Rows left completely empty are dropped.
 */
record ExportTemplateForm(String name, String description, String encoding, String quoting, String lineEnding,
                          boolean header, String rowPer, List<Row> columns) {

    static final String FIXED = "FIXED";

    record Row(String header, String source, String fixedValue, String maxLength) {

        public boolean isFixed() {
            return FIXED.equals(source);
        }

        public boolean isEmpty() {
            return blank(header) && blank(source) && blank(fixedValue) && blank(maxLength);
        }
    }

    static ExportTemplateForm blank() {
        return new ExportTemplateForm("", "", "WINDOWS_31J", "ALL", "CRLF", true, "ONE_PER_SHIPMENT",
                List.of(new Row("", "", "", "")));
    }

    static ExportTemplateForm of(ExportTemplateView template) {
        List<Row> rows = template.columns().stream().map(ExportTemplateForm::row).toList();
        return new ExportTemplateForm(template.name(), template.description(), template.encoding().name(),
                template.quoting().name(), template.lineEnding().name(), template.header(), template.rowPer().name(), rows);
    }

    static ExportTemplateForm from(MultiValueMap<String, String> params) {
        List<String> headers = list(params, "colHeader");
        List<String> sources = list(params, "colSource");
        List<String> fixedValues = list(params, "colFixedValue");
        List<String> maxLengths = list(params, "colMaxLength");
        int count = Math.max(Math.max(headers.size(), sources.size()), Math.max(fixedValues.size(), maxLengths.size()));
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Row row = new Row(at(headers, i), at(sources, i), at(fixedValues, i), at(maxLengths, i));
            if (!row.isEmpty()) {
                rows.add(row);
            }
        }
        return new ExportTemplateForm(params.getFirst("name"), params.getFirst("description"), params.getFirst("encoding"),
                params.getFirst("quoting"), params.getFirst("lineEnding"), params.containsKey("header"), params.getFirst("rowPer"), rows);
    }

    /** @throws InvalidInputException for a 最大文字数 that is not a number */
    ExportTemplateInput input() {
        List<ExportTemplateInput.Column> inputs = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            Row row = columns.get(i);
            inputs.add(new ExportTemplateInput.Column(row.header(),
                    row.isFixed() || blank(row.source()) ? null : row.source(),
                    row.isFixed() ? (row.fixedValue() == null ? "" : row.fixedValue()) : null,
                    maxLength(i, row.maxLength())));
        }
        return new ExportTemplateInput(name, description, encoding, quoting, lineEnding, header, rowPer, inputs);
    }

    public List<String> headers() {
        return columns.stream().map(Row::header).toList();
    }

    private static Row row(TemplateColumn column) {
        return new Row(column.header(), column.isFixed() ? FIXED : column.field().key(),
                column.isFixed() ? column.fixedValue() : "", column.maxLength() == null ? "" : column.maxLength().toString());
    }

    private static Integer maxLength(int index, String text) {
        String digits = JapaneseText.normalize(text);
        if (digits == null || digits.isEmpty()) {
            return null;
        }
        if (!digits.matches("[0-9]{1,6}")) {
            throw new InvalidInputException("columns[" + index + "].maxLength",
                    "出力項目 " + (index + 1) + "列目: 最大文字数は数字で入力してください (制限しない場合は空欄)");
        }
        return Integer.valueOf(digits);
    }

    private static List<String> list(MultiValueMap<String, String> params, String name) {
        List<String> values = params.get(name);
        return values == null ? List.of() : values;
    }

    private static String at(List<String> values, int index) {
        return index < values.size() ? values.get(index) : "";
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
