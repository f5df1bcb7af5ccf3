package jp.juchu.shipping;

/** How a user template quotes its cells. */
public enum TemplateQuoting {
    /** Every cell in double quotes, empty ones too. */
    ALL("すべての項目を \" で囲む"),
    /** Only cells that need it (comma, quote, line break, leading/trailing blank). */
    MINIMAL("必要な項目だけ \" で囲む");

    private final String label;

    TemplateQuoting(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
