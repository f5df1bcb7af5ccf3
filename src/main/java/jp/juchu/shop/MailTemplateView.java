package jp.juchu.shop;

import java.time.Instant;

/** A stored メールテンプレート; {@code shopCode} is null for the template all shops share. */
public record MailTemplateView(long id, MailPurpose purpose, String shopCode, String name, String subject, String body,
                               Instant updatedAt) {
}
