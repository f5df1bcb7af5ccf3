package jp.juchu.mail;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code juchu.mail.*}.
 *
 * @param from the sender address when neither the shop (送信元メールアドレス) nor the 店舗プロフィール has one
 */
@ConfigurationProperties("juchu.mail")
record MailProperties(String from) {

    static final String DEFAULT_FROM = "juchu@localhost";

    MailProperties {
        from = from == null || from.isBlank() ? DEFAULT_FROM : from.strip();
    }
}
