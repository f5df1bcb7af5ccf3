package jp.juchu.intake.csv;

/** Columns of the Yahoo!ショッピング items file, joined to the order file by OrderId. */
enum YahooItemColumn implements CsvColumn {
    ORDER_ID("OrderId", true, "注文ID", "注文番号"),
    LINE_ID("LineId", true, "明細ID"),
    ITEM_ID("ItemId", false, "商品ID"),
    SUB_CODE("SubCode", false),
    TITLE("Title", true, "商品名"),
    OPTION_NAME("ItemOptionName", false),
    OPTION_VALUE("ItemOptionValue", false),
    QUANTITY("Quantity", true, "数量"),
    UNIT_PRICE("UnitPrice", true, "単価"),
    TAX_RATIO("ItemTaxRatio", false, "税率"),
    LINE_SUB_TOTAL("LineSubTotal", false, "小計");

    private final Spec spec;

    YahooItemColumn(String label, boolean required, String... aliases) {
        this.spec = Spec.of(label, required, aliases);
    }

    @Override
    public Spec spec() {
        return spec;
    }
}
