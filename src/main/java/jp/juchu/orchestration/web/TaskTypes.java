package jp.juchu.orchestration.web;

import java.util.LinkedHashMap;
import java.util.Map;

/** The user tasks of the order process (BPMN element ids) with the names operators know them by. */
final class TaskTypes {

    /** The candidate group of every user task in {@code order-fulfillment.bpmn}: all operators share the work. */
    static final String OPERATORS = "operators";

    static final Map<String, String> LABELS = labels();

    private TaskTypes() {
    }

    private static Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("review-order", "確認待（受注確認）");
        labels.put("decide-progress", "進捗判断");
        labels.put("reconcile-payment", "入金消込");
        labels.put("register-deferred-payment", "後払い取引登録");
        labels.put("handle-credit-rejection", "与信NG対応");
        labels.put("confirm-rakuten-order", "R注文確認");
        return java.util.Collections.unmodifiableMap(labels);
    }

    static String label(String type) {
        return LABELS.getOrDefault(type, type);
    }
}
