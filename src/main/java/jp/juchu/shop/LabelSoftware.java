package jp.juchu.shop;

/** The carrier's label printing software that shipping instructions are exported for. */
public enum LabelSoftware {
    B2CLOUD("B2クラウド"),
    EHIDEN("e飛伝"),
    YUPACKPRINT("ゆうパックプリントR"),
    NONE("なし");

    private final String label;

    LabelSoftware(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
