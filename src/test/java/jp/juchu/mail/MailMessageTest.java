package jp.juchu.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import jp.juchu.shop.MailPurpose;
import jp.juchu.shop.MailTemplateView;
import org.junit.jupiter.api.Test;

class MailMessageTest {

    private static final Instant NOW = Instant.parse("2026-05-01T00:00:00Z");
    private static final MailHeader HEADER = new MailHeader("key-1", 10L, 2L, MailPurpose.ORDER_THANKS);
    private static final MailTemplateView TEMPLATE = new MailTemplateView(3, MailPurpose.ORDER_THANKS, null, "注文サンクス (標準)",
            "{{受注番号}}", "本文", NOW);
    private static final ComposedMail MAIL = new ComposedMail("taro@example.jp", "shop@example.jp", "テスト茶舗",
            "ご注文ありがとうございます", "山田 太郎 様\n");

    @Test
    void aComposedMailWaitsInTheOutboxUntilDelivered() {
        MailMessage message = MailMessage.composed(HEADER, TEMPLATE, MAIL, "system", NOW);

        assertThat(message.getStatus()).isEqualTo(MailOutcome.OUTBOX);
        assertThat(message.awaitsDelivery()).isTrue();
        assertThat(message.getTemplateName()).isEqualTo("注文サンクス (標準)");
        assertThat(message.getAttempts()).isZero();

        message.delivered(NOW.plusSeconds(1));

        assertThat(message.getStatus()).isEqualTo(MailOutcome.SENT);
        assertThat(message.getSentAt()).isEqualTo(NOW.plusSeconds(1));
        assertThat(message.getAttempts()).isEqualTo(1);
        assertThat(message.awaitsDelivery()).isFalse();
        assertThatThrownBy(() -> message.delivered(NOW)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aFailedDeliveryKeepsTheReasonAndMayBeRetried() {
        MailMessage message = MailMessage.composed(HEADER, TEMPLATE, MAIL, "system", NOW);

        message.deliveryFailed("SMTP サーバーがメールを受け付けませんでした: Connection refused", NOW);

        assertThat(message.getStatus()).isEqualTo(MailOutcome.FAILED);
        assertThat(message.getReason()).endsWith("Connection refused");
        assertThat(message.awaitsDelivery()).isTrue();
        assertThat(MailTexts.history(message)).startsWith("「注文サンクス」メールの送信に失敗しました 件名「ご注文ありがとうございます」");

        message.delivered(NOW.plusSeconds(60));

        assertThat(message.getStatus()).isEqualTo(MailOutcome.SENT);
        assertThat(message.getReason()).isNull();
        assertThat(message.getAttempts()).isEqualTo(2);
        assertThat(MailTexts.result(message)).isEqualTo("taro@example.jp に送信しました");
    }

    @Test
    void aSkippedMailIsNeverDeliveredAndSaysWhy() {
        MailMessage message = MailMessage.skipped(HEADER, MailOutcome.SKIPPED_NO_ADDRESS, null, "注文者のメールアドレスが登録されていません",
                "system", NOW);

        assertThat(message.awaitsDelivery()).isFalse();
        assertThat(message.getSubject()).isNull();
        assertThat(MailTexts.history(message)).isEqualTo("「注文サンクス」メールを送信しませんでした: 注文者のメールアドレスが登録されていません");
        assertThatThrownBy(() -> message.delivered(NOW)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> MailMessage.skipped(HEADER, MailOutcome.SENT, null, "x", "system", NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aVeryLongFailureReasonIsCutToItsColumn() {
        MailMessage message = MailMessage.composed(HEADER, TEMPLATE, MAIL, "system", NOW);

        message.deliveryFailed("x".repeat(5000), NOW);

        assertThat(message.getReason()).hasSize(MailMessage.REASON_LIMIT).endsWith("…");
    }
}
