package jp.juchu.payment;

/** 与信結果 of a 後払い provider. */
public enum CreditResult {
    OK("与信OK"),
    NG("与信NG"),
    PENDING("保留");

    private final String label;

    CreditResult(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
