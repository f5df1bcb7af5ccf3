package jp.juchu.orchestration;

import java.time.OffsetDateTime;

/** One element the order's process entered, for the order timeline. */
public record ProcessStep(long key, String elementId, String elementName, String type, String state,
                          OffsetDateTime startedAt, OffsetDateTime endedAt, boolean incident) {
}
