package jp.juchu.mail;

/** The SMTP server did not take a message; the message is the reason stored with it (Japanese). */
class MailTransportException extends RuntimeException {

    MailTransportException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
