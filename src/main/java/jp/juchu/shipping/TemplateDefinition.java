package jp.juchu.shipping;

import java.util.List;

/** Everything an admin sets on a user template, typed but not yet checked (see {@link ExportTemplate}). */
record TemplateDefinition(String name, String description, TemplateEncoding encoding, TemplateQuoting quoting,
                          LineEnding lineEnding, boolean header, RowGranularity rowPer, List<TemplateColumn> columns) {
}
