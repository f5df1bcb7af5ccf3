package jp.juchu.shop;

/**
 * 楽天ペイ決済手段 of a 楽天市場 shop's own (user-added, "その他決済方法") payment methods: whether 楽天 bills
 * the customer (共通) or the shop has to collect the money itself (選択制, e.g. 代金引換).
 */
public enum RakutenPaySettlement {
    COMMON("楽天共通の決済手段"),
    SELECTABLE("選択制決済手段");

    private final String label;

    RakutenPaySettlement(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
