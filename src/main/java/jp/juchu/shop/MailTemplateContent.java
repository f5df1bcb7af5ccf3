package jp.juchu.shop;

/** Validated, normalised template content (line breaks as LF). */
record MailTemplateContent(MailPurpose purpose, String shopCode, String name, String subject, String body) {
}
