package jp.juchu.mail;

/** A stored message as handed to a {@link MailTransport}; {@code id} is the outbox row. */
record OutgoingMail(long id, String to, String from, String fromName, String subject, String body) {
}
