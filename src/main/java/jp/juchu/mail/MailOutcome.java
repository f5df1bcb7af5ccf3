package jp.juchu.mail;

/** What became of one mail for one order. Every value except {@link #REFUSED} is also the status of a stored message. */
public enum MailOutcome {
    /** Handed to the SMTP server. */
    SENT("送信済"),
    /** Stored in the outbox only: no SMTP server is configured (送信箱に保存). */
    OUTBOX("送信箱 (未送信)"),
    /** The SMTP server could not take it; the stored message can be delivered again. */
    FAILED("送信失敗"),
    /** 自動処理設定 does not send this purpose automatically. */
    SKIPPED_AUTO_SEND_OFF("送信なし (自動送信しない設定)"),
    /** The order has no e-mail address. */
    SKIPPED_NO_ADDRESS("送信なし (メールアドレスなし)"),
    /** No メールテンプレート for the order's shop and purpose. */
    SKIPPED_NO_TEMPLATE("送信なし (テンプレートなし)"),
    /** Not attempted for this order (unknown order, template of another shop); nothing is stored. */
    REFUSED("送信不可");

    private final String label;

    MailOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isSkipped() {
        return this == SKIPPED_AUTO_SEND_OFF || this == SKIPPED_NO_ADDRESS || this == SKIPPED_NO_TEMPLATE;
    }
}
