package jp.juchu.shipping;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** How a {@link TemplateColumn} is stored (one row of export_template_column). */
@Embeddable
class TemplateColumnEntry {

    @Column(nullable = false, length = 100)
    private String header;

    @Column(name = "field_key", length = 40)
    private String fieldKey;

    @Column(name = "fixed_value", length = 200)
    private String fixedValue;

    @Column(name = "max_length")
    private Integer maxLength;

    protected TemplateColumnEntry() {
    }

    TemplateColumnEntry(TemplateColumn column) {
        this.header = column.header();
        this.fieldKey = column.field() == null ? null : column.field().name();
        this.fixedValue = column.fixedValue();
        this.maxLength = column.maxLength();
    }

    TemplateColumn column() {
        return new TemplateColumn(header, fieldKey == null ? null : TemplateField.valueOf(fieldKey), fixedValue, maxLength);
    }
}
