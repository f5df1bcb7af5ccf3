package jp.juchu.shop;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalInt;

/**
 * 自動処理設定 as the process reads it.
 *
 * @param autoSend                         per mail purpose whether it is sent without an operator ({@link MailPurpose#FREE} never is)
 * @param paymentReminderAfterBusinessDays 入金催促 after this many business days without payment; null = no reminder
 * @param unpaidEscalationAfterDays        unpaid this many calendar days after the order → {@code unpaidEscalationAction}; null = never
 * @param deferredAutoRegistration         後払い: register the transaction (取引登録) with the provider automatically
 */
public record AutomationSettings(ProgressMode progressMode, Map<MailPurpose, Boolean> autoSend,
                                 Integer paymentReminderAfterBusinessDays, Integer unpaidEscalationAfterDays,
                                 UnpaidEscalationAction unpaidEscalationAction, boolean deferredAutoRegistration) {

    public AutomationSettings {
        Map<MailPurpose, Boolean> complete = new EnumMap<>(MailPurpose.class);
        for (MailPurpose purpose : MailPurpose.values()) {
            if (purpose != MailPurpose.FREE) {
                complete.put(purpose, Boolean.TRUE.equals(autoSend.get(purpose)));
            }
        }
        autoSend = Collections.unmodifiableMap(complete);
    }

    public boolean sendsAutomatically(MailPurpose purpose) {
        return Boolean.TRUE.equals(autoSend.get(purpose));
    }

    public OptionalInt paymentReminderDays() {
        return paymentReminderAfterBusinessDays == null ? OptionalInt.empty() : OptionalInt.of(paymentReminderAfterBusinessDays);
    }

    public OptionalInt unpaidEscalationDays() {
        return unpaidEscalationAfterDays == null ? OptionalInt.empty() : OptionalInt.of(unpaidEscalationAfterDays);
    }

    static AutomationSettings defaults() {
        return new AutomationSettings(ProgressMode.AUTO,
                Map.of(MailPurpose.ORDER_THANKS, true, MailPurpose.PAYMENT_CONFIRMED, true, MailPurpose.SHIPPED, true),
                3, 14, UnpaidEscalationAction.HOLD, true);
    }
}
