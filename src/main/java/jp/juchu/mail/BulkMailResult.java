package jp.juchu.mail;

/** The result of sending a template to one order of a bulk 送信, with a Japanese message for the operator. */
public record BulkMailResult(long orderId, MailOutcome outcome, String message) {
}
