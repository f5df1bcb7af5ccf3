package jp.juchu.mail;

/**
 * The SMTP server did not take a stored message. The message stays in the outbox as {@link MailOutcome#FAILED};
 * calling again with the same idempotency key delivers that same message again (no new message is composed).
 */
public class MailDeliveryFailed extends RuntimeException {

    private final long messageId;

    public MailDeliveryFailed(long messageId, String reason) {
        super("メール " + messageId + " を送信できませんでした: " + reason);
        this.messageId = messageId;
    }

    public long messageId() {
        return messageId;
    }
}
