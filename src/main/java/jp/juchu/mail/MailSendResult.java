package jp.juchu.mail;

/** The result of delivering one stored message again, with a Japanese message for the operator. */
public record MailSendResult(long messageId, MailOutcome outcome, String message) {
}
