package jp.juchu.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import jp.juchu.shop.MailPurpose;
import jp.juchu.shop.MailTemplateView;

/**
 * A mail in the outbox: composed once (subject and body are never rendered again), then delivered zero or
 * more times until the SMTP server takes it. A mail decided not to be sent is kept with a SKIPPED status.
 */
@Entity
@Table(name = "mail_message")
class MailMessage {

    static final int REASON_LIMIT = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "idempotency_key", nullable = false, updatable = false, length = 200)
    private String idempotencyKey;

    @Column(name = "order_id", updatable = false)
    private Long orderId;

    @Column(name = "shop_id", updatable = false)
    private Long shopId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 30)
    private MailPurpose purpose;

    @Column(name = "template_id", updatable = false)
    private Long templateId;

    @Column(name = "template_name", updatable = false, length = 100)
    private String templateName;

    @Column(length = 254, updatable = false)
    private String recipient;

    @Column(length = 254, updatable = false)
    private String sender;

    @Column(name = "sender_name", length = 100, updatable = false)
    private String senderName;

    @Column(length = 1000, updatable = false)
    private String subject;

    @Column(columnDefinition = "MEDIUMTEXT", updatable = false)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private MailOutcome status;

    @Column(length = REASON_LIMIT)
    private String reason;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "created_by", nullable = false, updatable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "last_attempt_at")
    private Instant lastAttemptAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Version
    private long version;

    protected MailMessage() {
    }

    private MailMessage(MailHeader header, MailOutcome status, String actor, Instant now) {
        this.idempotencyKey = header.idempotencyKey();
        this.orderId = header.orderId();
        this.shopId = header.shopId();
        this.purpose = header.purpose();
        this.status = status;
        this.createdBy = limit(actor == null ? "system" : actor, 64);
        this.createdAt = now;
    }

    /** A composed mail, waiting in the outbox until it is delivered. */
    static MailMessage composed(MailHeader header, MailTemplateView template, ComposedMail mail, String actor, Instant now) {
        MailMessage message = new MailMessage(header, MailOutcome.OUTBOX, actor, now);
        message.templateId = template.id();
        message.templateName = template.name();
        message.recipient = mail.to();
        message.sender = mail.from();
        message.senderName = limit(mail.fromName(), 100);
        message.subject = limit(mail.subject(), 1000);
        message.body = mail.body();
        return message;
    }

    /** A mail that is not sent, kept so that the order's mail log says why. */
    static MailMessage skipped(MailHeader header, MailOutcome outcome, String recipient, String reason, String actor, Instant now) {
        if (!outcome.isSkipped()) {
            throw new IllegalArgumentException(outcome + " is not a skip");
        }
        MailMessage message = new MailMessage(header, outcome, actor, now);
        message.recipient = recipient == null || recipient.isBlank() ? null : limit(recipient.strip(), 254);
        message.reason = limit(reason, REASON_LIMIT);
        return message;
    }

    /** Whether this message may (still) be handed to an SMTP server. */
    boolean awaitsDelivery() {
        return status == MailOutcome.OUTBOX || status == MailOutcome.FAILED;
    }

    void delivered(Instant now) {
        requireDeliverable();
        this.status = MailOutcome.SENT;
        this.reason = null;
        this.attempts++;
        this.lastAttemptAt = now;
        this.sentAt = now;
    }

    void deliveryFailed(String why, Instant now) {
        requireDeliverable();
        this.status = MailOutcome.FAILED;
        this.reason = limit(why, REASON_LIMIT);
        this.attempts++;
        this.lastAttemptAt = now;
    }

    OutgoingMail outgoing() {
        return new OutgoingMail(id, recipient, sender, senderName, subject, body);
    }

    private void requireDeliverable() {
        if (!awaitsDelivery()) {
            throw new IllegalStateException("mail " + id + " is " + status + ", not deliverable");
        }
    }

    private static String limit(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    Long getId() {
        return id;
    }

    String getIdempotencyKey() {
        return idempotencyKey;
    }

    Long getOrderId() {
        return orderId;
    }

    Long getShopId() {
        return shopId;
    }

    MailPurpose getPurpose() {
        return purpose;
    }

    Long getTemplateId() {
        return templateId;
    }

    String getTemplateName() {
        return templateName;
    }

    String getRecipient() {
        return recipient;
    }

    String getSender() {
        return sender;
    }

    String getSenderName() {
        return senderName;
    }

    String getSubject() {
        return subject;
    }

    String getBody() {
        return body;
    }

    MailOutcome getStatus() {
        return status;
    }

    String getReason() {
        return reason;
    }

    int getAttempts() {
        return attempts;
    }

    String getCreatedBy() {
        return createdBy;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getLastAttemptAt() {
        return lastAttemptAt;
    }

    Instant getSentAt() {
        return sentAt;
    }
}
