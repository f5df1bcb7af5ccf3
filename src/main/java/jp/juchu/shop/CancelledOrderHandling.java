package jp.juchu.shop;

/** How an order that the mall already cancelled is registered when it is imported. */
public enum CancelledOrderHandling {
    REGISTER_AS_CANCELLED("キャンセル済みとして登録する"),
    SKIP("取り込まない");

    private final String label;

    CancelledOrderHandling(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
