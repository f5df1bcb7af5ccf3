package jp.juchu.orchestration;

import java.time.Duration;
import java.time.OffsetDateTime;

/** An open incident: the order's process stopped at {@code elementId} until someone retries or cancels. */
public record StuckOrder(long key, Long orderId, long processInstanceKey, String elementId, String elementName,
                         String errorType, String errorMessage, OffsetDateTime createdAt, Duration age, Long jobKey) {
}
