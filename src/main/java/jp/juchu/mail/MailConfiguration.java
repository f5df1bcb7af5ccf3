package jp.juchu.mail;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Chooses how mails leave: over SMTP when {@code spring.mail.host} is set (Spring Boot then configures the
 * {@link JavaMailSender} from {@code spring.mail.*}), otherwise they stay in the outbox (送信箱).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MailProperties.class)
class MailConfiguration {

    private static final Logger log = LoggerFactory.getLogger(MailConfiguration.class);

    @Bean
    MailTransport mailTransport(@Value("${spring.mail.host:}") String host, @Value("${spring.mail.port:25}") int port,
                                ObjectProvider<JavaMailSender> sender, Clock clock) {
        if (host == null || host.isBlank()) {
            log.info("spring.mail.host is not set: mails are kept in the outbox (送信箱) and not sent");
            return MailTransport.OUTBOX_ONLY;
        }
        JavaMailSender javaMail = sender.getIfAvailable();
        if (javaMail == null) {
            throw new IllegalStateException("spring.mail.host is set but no JavaMailSender is configured");
        }
        log.info("Mails are sent over SMTP via {}:{}", host, port);
        return new SmtpMailTransport(javaMail, clock, "SMTP " + host + ":" + port);
    }
}
