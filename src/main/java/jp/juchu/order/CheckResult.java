package jp.juchu.order;

import java.util.Map;

/**
 * What one run of {@link OrderChecks} found: whether a blocking flag now stops the order at 確認待, and
 * every flag the checks raised with its Japanese reason (informational ones such as 離島 included).
 */
public record CheckResult(long orderId, boolean needsReview, Map<CheckFlag, String> flags) {

    public CheckResult {
        flags = Map.copyOf(flags);
    }
}
