package jp.juchu.mail;

import java.time.Instant;

/**
 * One line of an order's mail log.
 *
 * @param purpose   the {@link jp.juchu.shop.MailPurpose} name, e.g. {@code ORDER_THANKS}
 * @param subject   the rendered subject; null for a mail that was not composed (skipped)
 * @param sentAt    when the SMTP server took it; null unless {@code status} is {@code SENT}
 * @param status    a {@link MailOutcome} name
 * @param id        the stored message (detail: {@code GET /api/mails/{id}})
 * @param createdAt when the message was stored
 * @param reason    why it was not sent (failure or skip), else null
 */
public record OrderMailView(String purpose, String subject, String to, Instant sentAt, String status,
                            long id, Instant createdAt, String reason) {
}
