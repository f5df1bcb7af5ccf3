package jp.juchu.shop;

/** A template as typed (unparsed, so each bad value is reported against its own field). Blank shop = all shops. */
public record MailTemplateInput(String purpose, String shop, String name, String subject, String body) {
}
