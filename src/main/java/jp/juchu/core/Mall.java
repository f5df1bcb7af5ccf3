package jp.juchu.core;

/** The sales channels a shop can be connected to (連携モール). */
public enum Mall {
    RAKUTEN("楽天市場"),
    YAHOO("Yahoo!ショッピング"),
    AMAZON("Amazon"),
    QOO10("Qoo10"),
    AUPAY("au PAY マーケット"),
    MAKESHOP("MakeShop"),
    EBAY("eBay"),
    CARTSTAR("CARTSTAR"),
    GURUNAVI("ぐるなび食市場"),
    OTHER("その他");

    private final String label;

    Mall(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
