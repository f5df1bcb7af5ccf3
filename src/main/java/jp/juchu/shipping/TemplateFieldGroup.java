package jp.juchu.shipping;

/** How the field catalog is grouped in the template editor. */
public enum TemplateFieldGroup {
    ORDER("受注"),
    SHIPMENT("送付先"),
    LINE("明細"),
    SHOP("店舗");

    private final String label;

    TemplateFieldGroup(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
