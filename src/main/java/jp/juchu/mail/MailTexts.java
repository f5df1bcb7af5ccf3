package jp.juchu.mail;

/** The Japanese lines an operator reads about a stored message: in the order history and as a 送信 result. */
final class MailTexts {

    private MailTexts() {
    }

    /** One line of the order history (kind "メール"). */
    static String history(MailMessage message) {
        String what = "「" + message.getPurpose().label() + "」メール";
        String subject = message.getSubject() == null ? "" : " 件名「" + message.getSubject() + "」";
        return switch (message.getStatus()) {
            case SENT -> what + "を " + message.getRecipient() + " に送信しました" + subject + " (メール " + message.getId() + ")";
            case OUTBOX -> what + "を送信箱に保存しました (SMTP サーバー未設定のため未送信)" + subject + " (メール " + message.getId() + ")";
            case FAILED -> what + "の送信に失敗しました" + subject + " (メール " + message.getId() + "): " + message.getReason();
            default -> what + "を送信しませんでした: " + message.getReason();
        };
    }

    /** The per-order message of a bulk 送信 or a resend. */
    static String result(MailMessage message) {
        return switch (message.getStatus()) {
            case SENT -> message.getRecipient() + " に送信しました";
            case OUTBOX -> "送信箱に保存しました (SMTP サーバーが設定されていないため未送信です)";
            case FAILED -> "送信に失敗しました: " + message.getReason();
            default -> "送信しませんでした: " + message.getReason();
        };
    }
}
