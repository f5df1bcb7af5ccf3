package jp.juchu.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import jp.juchu.support.StandIns;
import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** The SMTP transport against the JVM-wide GreenMail and against a port where nothing listens. */
class SmtpMailTransportTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-01T01:00:00Z"), ZoneId.of("Asia/Tokyo"));

    static JavaMailSenderImpl senderAt(int port) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        sender.setDefaultEncoding("UTF-8");
        sender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "5000");
        sender.getJavaMailProperties().put("mail.smtp.timeout", "5000");
        return sender;
    }

    static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Test
    void sendsAJapanesePlainTextMailInUtf8WithTheShopAsSenderAndTheOutboxId() throws Exception {
        String to = "smtp-" + UUID.randomUUID() + "@example.jp";
        SmtpMailTransport transport = new SmtpMailTransport(senderAt(StandIns.SMTP.getSmtp().getPort()), CLOCK, "test");

        transport.send(new OutgoingMail(4711, to, "tea@example.jp", "テスト茶舗 楽天市場店",
                "【テスト茶舗】ご注文ありがとうございます (受注番号: M-1)", "山田 太郎 様\n\n有機ほうじ茶 100g × 2個\n"));

        MimeMessage received = received(to);
        assertThat(received.getSubject()).isEqualTo("【テスト茶舗】ご注文ありがとうございます (受注番号: M-1)");
        assertThat(((String) received.getContent()).replace("\r\n", "\n")).isEqualTo("山田 太郎 様\n\n有機ほうじ茶 100g × 2個\n");
        assertThat(received.getContentType()).containsIgnoringCase("charset=UTF-8").startsWith("text/plain");
        InternetAddress from = (InternetAddress) received.getFrom()[0];
        assertThat(from.getAddress()).isEqualTo("tea@example.jp");
        assertThat(from.getPersonal()).isEqualTo("テスト茶舗 楽天市場店");
        assertThat(received.getHeader(SmtpMailTransport.MESSAGE_ID_HEADER, null)).isEqualTo("4711");
        assertThat(received.getSentDate().toInstant()).isEqualTo(CLOCK.instant());
    }

    @Test
    void aServerThatCannotBeReachedIsAFailureWithItsReason() throws Exception {
        int port = closedPort();
        SmtpMailTransport transport = new SmtpMailTransport(senderAt(port), CLOCK, "closed");

        assertThatThrownBy(() -> transport.send(new OutgoingMail(1, "nobody@example.jp", "tea@example.jp", null, "件名", "本文")))
                .isInstanceOf(MailTransportException.class)
                .hasMessageStartingWith("SMTP サーバーがメールを受け付けませんでした: ")
                .hasMessageContaining(String.valueOf(port));
    }

    @Test
    void reasonsListEachCauseOnce() {
        Exception error = new IllegalStateException("Mail server connection failed",
                new IOException("Couldn't connect to host", new java.net.ConnectException("Connection refused")));

        assertThat(SmtpMailTransport.reason(error)).isEqualTo(
                "SMTP サーバーがメールを受け付けませんでした: Mail server connection failed / Couldn't connect to host / Connection refused");
    }

    static MimeMessage received(String to) throws Exception {
        MimeMessage found = null;
        for (MimeMessage message : StandIns.SMTP.getReceivedMessages()) {
            for (jakarta.mail.Address address : message.getRecipients(Message.RecipientType.TO)) {
                if (((InternetAddress) address).getAddress().equals(to)) {
                    assertThat(found).as("one mail to " + to).isNull();
                    found = message;
                }
            }
        }
        assertThat(found).as("a mail to " + to).isNotNull();
        return found;
    }
}
