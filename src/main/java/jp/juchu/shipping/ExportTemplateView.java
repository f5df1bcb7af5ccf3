package jp.juchu.shipping;

import java.time.Instant;
import java.util.List;

/**
 * A saved 受注CSV出力項目設定 (user export template), as read. {@code header} = the file starts with a header row.
 */
public record ExportTemplateView(long id, String name, String description, TemplateEncoding encoding,
                                 TemplateQuoting quoting, LineEnding lineEnding, boolean header, RowGranularity rowPer,
                                 List<TemplateColumn> columns, Instant updatedAt) {

    public ExportTemplateView {
        columns = List.copyOf(columns);
    }
}
