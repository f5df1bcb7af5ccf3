package jp.juchu.shipping;

import java.util.List;

/**
 * A user template as typed (API body, screen form). Option values are the enum names ({@code WINDOWS_31J},
 * {@code MINIMAL}, …); blank options take the defaults: Windows-31J, all cells quoted, CRLF, header row, one row per
 * 送付先. A column names a catalog {@code field} (key of {@link TemplateField}) or has a {@code fixedValue}
 * ({@code ""} for an empty column).
 */
public record ExportTemplateInput(String name, String description, String encoding, String quoting, String lineEnding,
                                  Boolean header, String rowPer, List<Column> columns) {

    public record Column(String header, String field, String fixedValue, Integer maxLength) {
    }
}
