package jp.juchu.shipping;

/** What one data row of a user template stands for. */
public enum RowGranularity {
    /** One row per 送付先 (送り状); 明細 fields show the first line. */
    ONE_PER_SHIPMENT("送付先ごとに1行"),
    /** One row per order line (what outsourced warehouses usually import); order fields repeat on every row. */
    ONE_PER_LINE("商品明細ごとに1行");

    private final String label;

    RowGranularity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
