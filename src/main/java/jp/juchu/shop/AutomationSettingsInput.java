package jp.juchu.shop;

import java.util.Map;

/**
 * 自動処理設定 as typed (numbers as text, so that "abc" is reported against its field). A blank or 0 day
 * count switches that step off; purposes missing from {@code autoSend} are not sent automatically.
 */
public record AutomationSettingsInput(String progressMode, Map<String, Boolean> autoSend, String paymentReminderAfterBusinessDays,
                                      String unpaidEscalationAfterDays, String unpaidEscalationAction,
                                      Boolean deferredAutoRegistration) {
}
