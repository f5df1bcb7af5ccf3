package jp.juchu.shop;

/** What a customer mail is for (メールテンプレートの用途). */
public enum MailPurpose {
    ORDER_THANKS("注文サンクス"),
    PAYMENT_CONFIRMED("入金確認"),
    SHIPPED("出荷完了"),
    PAYMENT_REMINDER("入金催促"),
    CREDIT_REJECTED("与信NG"),
    /** Written by hand for one order (金額変更のご連絡 etc.); several templates may exist, never sent automatically. */
    FREE("フリー");

    private final String label;

    MailPurpose(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
