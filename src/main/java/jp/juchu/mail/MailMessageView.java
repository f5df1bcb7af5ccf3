package jp.juchu.mail;

import java.time.Instant;
import jp.juchu.shop.MailPurpose;

/** A stored mail as the outbox screen and API show it; {@code body} is the full plain-text body. */
public record MailMessageView(long id, Long orderId, Long shopId, MailPurpose purpose, Long templateId, String templateName,
                              String to, String from, String fromName, String subject, String body, MailOutcome status,
                              String reason, int attempts, String createdBy, Instant createdAt, Instant lastAttemptAt,
                              Instant sentAt) {

    static MailMessageView of(MailMessage m) {
        return new MailMessageView(m.getId(), m.getOrderId(), m.getShopId(), m.getPurpose(), m.getTemplateId(),
                m.getTemplateName(), m.getRecipient(), m.getSender(), m.getSenderName(), m.getSubject(), m.getBody(),
                m.getStatus(), m.getReason(), m.getAttempts(), m.getCreatedBy(), m.getCreatedAt(), m.getLastAttemptAt(),
                m.getSentAt());
    }

    /** Whether an operator may send it (again): it failed or waits in the outbox. */
    public boolean deliverable() {
        return status == MailOutcome.OUTBOX || status == MailOutcome.FAILED;
    }
}
