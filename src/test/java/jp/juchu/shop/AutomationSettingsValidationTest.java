package jp.juchu.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import jp.juchu.core.InvalidInputException;
import org.junit.jupiter.api.Test;

class AutomationSettingsValidationTest {

    @Test
    void readsAValidInputAndFillsEveryAutomaticPurpose() {
        AutomationSettings settings = AutomationSettingsManagement.validate(new AutomationSettingsInput("manual",
                Map.of("SHIPPED", true, "FREE", false), " 7 ", "0", null, null));

        assertThat(settings.progressMode()).isEqualTo(ProgressMode.MANUAL);
        assertThat(settings.autoSend()).containsOnlyKeys(MailPurpose.ORDER_THANKS, MailPurpose.PAYMENT_CONFIRMED, MailPurpose.SHIPPED,
                MailPurpose.PAYMENT_REMINDER, MailPurpose.CREDIT_REJECTED);
        assertThat(settings.sendsAutomatically(MailPurpose.SHIPPED)).isTrue();
        assertThat(settings.sendsAutomatically(MailPurpose.ORDER_THANKS)).isFalse();
        assertThat(settings.sendsAutomatically(MailPurpose.FREE)).isFalse();
        assertThat(settings.paymentReminderDays()).hasValue(7);
        assertThat(settings.unpaidEscalationDays()).isEmpty();
        assertThat(settings.unpaidEscalationAction()).isEqualTo(UnpaidEscalationAction.HOLD);
        assertThat(settings.deferredAutoRegistration()).isFalse();
    }

    @Test
    void defaultsMatchTheMigration() {
        AutomationSettings defaults = AutomationSettings.defaults();
        assertThat(defaults.progressMode()).isEqualTo(ProgressMode.AUTO);
        assertThat(defaults.autoSend()).containsEntry(MailPurpose.ORDER_THANKS, true).containsEntry(MailPurpose.PAYMENT_CONFIRMED, true)
                .containsEntry(MailPurpose.SHIPPED, true).containsEntry(MailPurpose.PAYMENT_REMINDER, false);
        assertThat(defaults.paymentReminderDays()).hasValue(3);
        assertThat(defaults.unpaidEscalationDays()).hasValue(14);
    }

    @Test
    void anEscalationNeedsAnAction() {
        assertThatThrownBy(() -> AutomationSettingsManagement.validate(new AutomationSettingsInput("AUTO", Map.of(), "3", "14", " ", true)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("未入金時の対応を選択してください")
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("unpaidEscalationAction");
    }

    @Test
    void missingProgressModeIsReportedOnItsField() {
        assertThatThrownBy(() -> AutomationSettingsManagement.validate(new AutomationSettingsInput(null, Map.of(), "3", "14", "HOLD", true)))
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("progressMode");
    }
}
