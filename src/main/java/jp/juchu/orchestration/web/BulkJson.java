package jp.juchu.orchestration.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.juchu.core.InvalidInputException;
import jp.juchu.orchestration.BulkOrderResult;
import jp.juchu.orchestration.BulkOutcome;
import jp.juchu.orchestration.BulkRequest;

/** The JSON shapes of {@code POST /api/orders/bulk}: the body read field by field (a wrong type names its field), and the answer. */
final class BulkJson {

    private BulkJson() {
    }

    static BulkRequest request(Map<String, Object> body) {
        if (body == null) {
            throw new InvalidInputException("action", "一括操作の内容 (action, orderIds) を JSON で送ってください");
        }
        return new BulkRequest(text(body, "action"), ids(body.get("orderIds")), text(body, "paidAt"), text(body, "provider"),
                bool(body, "invoiceEnclosed"), id(body, "templateId"), text(body, "status"), text(body, "reason"), id(body, "parentId"));
    }

    static Map<String, Object> answer(BulkOutcome outcome) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("action", outcome.action().code());
        answer.put("results", outcome.results().stream().map(BulkJson::result).toList());
        answer.put("succeeded", outcome.succeeded());
        answer.put("failed", outcome.failed());
        answer.put("skipped", outcome.skipped());
        if (outcome.parentId() != null) {
            answer.put("parentId", outcome.parentId());
        }
        return answer;
    }

    private static Map<String, Object> result(BulkOrderResult result) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("orderId", result.orderId());
        json.put("ok", result.ok());
        json.put("message", result.message());
        json.put("outcome", result.outcome().name());
        json.put("outcomeLabel", result.outcome().label());
        json.put("orderNumber", result.orderNumber());
        return json;
    }

    private static String text(Map<String, Object> body, String field) {
        Object value = body.get(field);
        if (value == null || value instanceof String) {
            return (String) value;
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        throw new InvalidInputException(field, "「" + field + "」は文字列で指定してください");
    }

    private static Boolean bool(Map<String, Object> body, String field) {
        Object value = body.get(field);
        if (value == null || value instanceof Boolean) {
            return (Boolean) value;
        }
        if ("true".equals(value) || "false".equals(value)) {
            return Boolean.valueOf((String) value);
        }
        throw new InvalidInputException(field, "「" + field + "」は true か false で指定してください");
    }

    private static Long id(Map<String, Object> body, String field) {
        Object value = body.get(field);
        if (value == null) {
            return null;
        }
        Long id = idOf(value);
        if (id == null) {
            throw new InvalidInputException(field, "「" + field + "」は数値の ID で指定してください (「" + value + "」)");
        }
        return id;
    }

    private static List<Long> ids(Object value) {
        if (value == null) {
            return null;
        }
        if (!(value instanceof List<?> list)) {
            throw new InvalidInputException("orderIds", "orderIds は受注 ID の配列で指定してください");
        }
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            Long id = list.get(i) == null ? null : idOf(list.get(i));
            if (list.get(i) != null && id == null) {
                throw new InvalidInputException("orderIds", "orderIds の " + (i + 1) + "件目「" + list.get(i) + "」は受注 ID (数値) ではありません");
            }
            ids.add(id);
        }
        return ids;
    }

    private static Long idOf(Object value) {
        if (value instanceof Integer || value instanceof Long) {
            return ((Number) value).longValue();
        }
        if (value instanceof String text && text.strip().matches("\\d{1,18}")) {
            return Long.valueOf(text.strip());
        }
        return null;
    }
}
