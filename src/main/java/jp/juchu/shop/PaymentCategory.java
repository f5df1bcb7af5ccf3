package jp.juchu.shop;

/** 決済区分: decides the path an order takes after its checks (see DESIGN.md §4). */
public enum PaymentCategory {
    CARD("クレジットカード"),
    COD("代金引換"),
    PREPAID("前払い"),
    DEFERRED("後払い"),
    MALL_SETTLED("モール決済"),
    NONE("決済なし");

    private final String label;

    PaymentCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
