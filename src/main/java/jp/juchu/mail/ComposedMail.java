package jp.juchu.mail;

/** A rendered mail for one order, ready to be stored: addresses, subject and plain-text body. */
record ComposedMail(String to, String from, String fromName, String subject, String body) {
}
