package jp.juchu.mail;

/** Hands stored messages to the outside world; {@link #OUTBOX_ONLY} when no SMTP server is configured. */
interface MailTransport {

    /** Keeps every message in the outbox (送信箱): the embedded default without {@code spring.mail.host}. */
    MailTransport OUTBOX_ONLY = new MailTransport() {
        @Override
        public boolean delivers() {
            return false;
        }

        @Override
        public void send(OutgoingMail mail) {
            throw new IllegalStateException("no SMTP server configured: messages stay in the outbox");
        }

        @Override
        public String toString() {
            return "送信箱のみ (SMTP 未設定)";
        }
    };

    /** Whether {@link #send} hands messages to a server; false means they stay in the outbox. */
    boolean delivers();

    /** @throws MailTransportException when the server did not take the message */
    void send(OutgoingMail mail);
}
