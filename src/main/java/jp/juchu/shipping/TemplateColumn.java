package jp.juchu.shipping;

/**
 * One column of a user template: the header text and either a catalog field or a 固定値 (a fixed text, possibly
 * empty for a blank column the receiving system expects), cut to {@code maxLength} characters when set.
 * Exactly one of {@code field} and {@code fixedValue} is set; {@link ExportTemplate} enforces that and the limits.
 */
public record TemplateColumn(String header, TemplateField field, String fixedValue, Integer maxLength) {

    public static TemplateColumn field(String header, TemplateField field) {
        return new TemplateColumn(header, field, null, null);
    }

    public static TemplateColumn fixed(String header, String value) {
        return new TemplateColumn(header, null, value, null);
    }

    public TemplateColumn limitedTo(Integer maxLength) {
        return new TemplateColumn(header, field, fixedValue, maxLength);
    }

    public boolean isFixed() {
        return field == null;
    }
}
