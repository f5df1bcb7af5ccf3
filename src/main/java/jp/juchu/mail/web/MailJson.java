package jp.juchu.mail.web;

import java.util.LinkedHashMap;
import java.util.Map;
import jp.juchu.mail.BulkMailResult;
import jp.juchu.mail.MailMessageView;
import jp.juchu.mail.MailOutcome;
import jp.juchu.mail.OrderMailView;
import jp.juchu.shop.MailPurpose;

/** The JSON shapes of the mail API (contract names first, labels for screens after). */
final class MailJson {

    private MailJson() {
    }

    static Map<String, Object> logEntry(OrderMailView view) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("purpose", view.purpose());
        json.put("subject", view.subject());
        json.put("to", view.to());
        json.put("sentAt", view.sentAt());
        json.put("status", view.status());
        json.put("id", view.id());
        json.put("purposeLabel", MailPurpose.valueOf(view.purpose()).label());
        json.put("statusLabel", MailOutcome.valueOf(view.status()).label());
        json.put("createdAt", view.createdAt());
        json.put("reason", view.reason());
        return json;
    }

    static Map<String, Object> result(BulkMailResult result) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("orderId", result.orderId());
        json.put("outcome", result.outcome().name());
        json.put("message", result.message());
        json.put("outcomeLabel", result.outcome().label());
        return json;
    }

    static Map<String, Object> message(MailMessageView m, boolean withBody) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", m.id());
        json.put("orderId", m.orderId());
        json.put("shopId", m.shopId());
        json.put("purpose", m.purpose().name());
        json.put("purposeLabel", m.purpose().label());
        json.put("templateId", m.templateId());
        json.put("templateName", m.templateName());
        json.put("to", m.to());
        json.put("from", m.from());
        json.put("fromName", m.fromName());
        json.put("subject", m.subject());
        if (withBody) {
            json.put("body", m.body());
        }
        json.put("status", m.status().name());
        json.put("statusLabel", m.status().label());
        json.put("reason", m.reason());
        json.put("attempts", m.attempts());
        json.put("createdBy", m.createdBy());
        json.put("createdAt", m.createdAt());
        json.put("lastAttemptAt", m.lastAttemptAt());
        json.put("sentAt", m.sentAt());
        return json;
    }
}
