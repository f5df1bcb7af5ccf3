package jp.juchu.mail;

import java.util.Optional;
import jp.juchu.shop.MailPurpose;
import jp.juchu.shop.MailTemplateView;
import jp.juchu.shop.ShopRef;

/** Whether a mail goes out at all, and the Japanese reason when it does not. Pure functions. */
final class MailRules {

    private MailRules() {
    }

    /**
     * An automatic mail of the process is skipped, in this order, when 自動処理設定 does not send its purpose,
     * when the order has no e-mail address or when no template exists for the shop and purpose.
     */
    static Optional<MailOutcome> skipForProcess(boolean sendsAutomatically, String email, boolean templateExists) {
        if (!sendsAutomatically) {
            return Optional.of(MailOutcome.SKIPPED_AUTO_SEND_OFF);
        }
        if (!hasAddress(email)) {
            return Optional.of(MailOutcome.SKIPPED_NO_ADDRESS);
        }
        if (!templateExists) {
            return Optional.of(MailOutcome.SKIPPED_NO_TEMPLATE);
        }
        return Optional.empty();
    }

    static boolean hasAddress(String email) {
        return email != null && !email.isBlank();
    }

    /** A shop's own template is only for that shop's orders; a shared template (no shop) is for every shop. */
    static Optional<String> shopMismatch(MailTemplateView template, ShopRef orderShop) {
        if (template.shopCode() == null || template.shopCode().equals(orderShop.code())) {
            return Optional.empty();
        }
        return Optional.of("テンプレート「" + template.name() + "」はショップ「" + template.shopCode()
                + "」専用のため、ショップ「" + orderShop.code() + "」の受注には送信できません");
    }

    static String skipReason(MailOutcome outcome, MailPurpose purpose, ShopRef shop) {
        return switch (outcome) {
            case SKIPPED_AUTO_SEND_OFF -> "自動処理設定で「" + purpose.label() + "」メールを自動送信しない設定になっています";
            case SKIPPED_NO_ADDRESS -> "注文者のメールアドレスが登録されていません";
            case SKIPPED_NO_TEMPLATE -> "ショップ「" + shop.code() + "」で使える「" + purpose.label()
                    + "」のメールテンプレートがありません (共通またはショップ用のテンプレートを登録してください)";
            default -> throw new IllegalArgumentException(outcome + " is not a skip");
        };
    }
}
