package jp.juchu.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/** Sends plain-text UTF-8 mails through Spring's {@link JavaMailSender}. */
final class SmtpMailTransport implements MailTransport {

    /** Names the outbox row in every mail, so a bounce or a complaint can be traced back to it. */
    static final String MESSAGE_ID_HEADER = "X-Juchu-Mail-Id";

    private final JavaMailSender sender;
    private final Clock clock;
    private final String description;

    SmtpMailTransport(JavaMailSender sender, Clock clock, String description) {
        this.sender = sender;
        this.clock = clock;
        this.description = description;
    }

    @Override
    public boolean delivers() {
        return true;
    }

    @Override
    public void send(OutgoingMail mail) {
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
            helper.setFrom(mail.fromName() == null || mail.fromName().isBlank()
                    ? new InternetAddress(mail.from(), true)
                    : new InternetAddress(mail.from(), mail.fromName(), StandardCharsets.UTF_8.name()));
            helper.setTo(new InternetAddress(mail.to(), true));
            helper.setSubject(mail.subject());
            helper.setText(mail.body(), false);
            helper.setSentDate(Date.from(clock.instant()));
            message.setHeader(MESSAGE_ID_HEADER, String.valueOf(mail.id()));
            sender.send(message);
        } catch (MessagingException | MailException | UnsupportedEncodingException e) {
            throw new MailTransportException(reason(e), e);
        }
    }

    /** Every distinct message of the cause chain, e.g. "…: Couldn't connect to host, port: …; Connection refused". */
    static String reason(Throwable error) {
        Set<String> parts = new LinkedHashSet<>();
        for (Throwable t = error; t != null && parts.size() < 5; t = t.getCause() == t ? null : t.getCause()) {
            String text = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage().strip();
            if (parts.stream().noneMatch(p -> p.contains(text))) {
                parts.add(text.replaceAll("\\s+", " "));
            }
        }
        return "SMTP サーバーがメールを受け付けませんでした: " + String.join(" / ", parts);
    }

    @Override
    public String toString() {
        return description;
    }
}
