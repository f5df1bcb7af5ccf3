package jp.juchu.mail;

import jp.juchu.shop.MailPurpose;

/** What identifies a mail before it is composed: its idempotency key, order, shop and purpose. */
record MailHeader(String idempotencyKey, Long orderId, Long shopId, MailPurpose purpose) {
}
