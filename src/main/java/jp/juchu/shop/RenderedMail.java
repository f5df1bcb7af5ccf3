package jp.juchu.shop;

/** A subject and plain-text body with every placeholder filled in. */
public record RenderedMail(String subject, String body) {
}
