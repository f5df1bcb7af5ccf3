package jp.juchu.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import jp.juchu.core.Mall;
import jp.juchu.shop.MailPurpose;
import jp.juchu.shop.MailTemplateView;
import jp.juchu.shop.ShopRef;
import org.junit.jupiter.api.Test;

class MailRulesTest {

    private static final ShopRef SHOP = new ShopRef(1, "tea", Mall.RAKUTEN, "テスト茶舗", "茶");

    @Test
    void anAutomaticMailIsSkippedWhenSwitchedOffBeforeAnythingElseIsLookedAt() {
        assertThat(MailRules.skipForProcess(false, null, false)).contains(MailOutcome.SKIPPED_AUTO_SEND_OFF);
        assertThat(MailRules.skipForProcess(false, "taro@example.jp", true)).contains(MailOutcome.SKIPPED_AUTO_SEND_OFF);
    }

    @Test
    void thenForAMissingAddressThenForAMissingTemplate() {
        assertThat(MailRules.skipForProcess(true, null, false)).contains(MailOutcome.SKIPPED_NO_ADDRESS);
        assertThat(MailRules.skipForProcess(true, "  ", true)).contains(MailOutcome.SKIPPED_NO_ADDRESS);
        assertThat(MailRules.skipForProcess(true, "taro@example.jp", false)).contains(MailOutcome.SKIPPED_NO_TEMPLATE);
        assertThat(MailRules.skipForProcess(true, "taro@example.jp", true)).isEmpty();
    }

    @Test
    void aShopsTemplateIsRefusedForAnotherShopsOrderAndASharedOneFitsEveryShop() {
        MailTemplateView own = template("tea");
        MailTemplateView other = template("cake");
        MailTemplateView shared = template(null);

        assertThat(MailRules.shopMismatch(own, SHOP)).isEmpty();
        assertThat(MailRules.shopMismatch(shared, SHOP)).isEmpty();
        assertThat(MailRules.shopMismatch(other, SHOP))
                .contains("テンプレート「お知らせ」はショップ「cake」専用のため、ショップ「tea」の受注には送信できません");
    }

    @Test
    void skipReasonsSayWhatIsMissing() {
        assertThat(MailRules.skipReason(MailOutcome.SKIPPED_AUTO_SEND_OFF, MailPurpose.SHIPPED, SHOP))
                .isEqualTo("自動処理設定で「出荷完了」メールを自動送信しない設定になっています");
        assertThat(MailRules.skipReason(MailOutcome.SKIPPED_NO_TEMPLATE, MailPurpose.SHIPPED, SHOP))
                .startsWith("ショップ「tea」で使える「出荷完了」のメールテンプレートがありません");
    }

    @Test
    void aSubjectStaysOnOneLine() {
        assertThat(MailComposer.oneLine("ご注文 (山田 花子 様\n〒150-0002\r\n東京都)")).isEqualTo("ご注文 (山田 花子 様 〒150-0002 東京都)");
    }

    private static MailTemplateView template(String shop) {
        return new MailTemplateView(7, MailPurpose.FREE, shop, "お知らせ", "件名", "本文", Instant.EPOCH);
    }
}
