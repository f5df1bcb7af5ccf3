package jp.juchu.order;

import java.time.Instant;
import java.util.List;

/**
 * One row of the order list. {@code paymentMethod} is our method code, or the mall's raw name when it
 * could not be mapped; {@code total} is the billed total in yen.
 */
public record OrderSummary(long id, String shop, String mallOrderNumber, OrderStatus status, Instant orderedAt,
                           String ordererName, String paymentMethod, long total, List<CheckFlag> flags, List<String> tags) {

    public String statusLabel() {
        return status.label();
    }
}
