package jp.juchu.order;

/** How an order reached Juchu. */
public enum OrderSource {
    CSV("CSV取込"),
    API("API取込"),
    MANUAL("手動入力");

    private final String label;

    OrderSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
