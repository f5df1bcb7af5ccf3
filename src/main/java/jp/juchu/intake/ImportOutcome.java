package jp.juchu.intake;

import java.util.List;

/**
 * What registering one imported order did. {@code orderId} is {@code null} for SKIPPED_CANCELLED and
 * REJECTED; {@code issues} says why an order was rejected (file, line, order number, reason).
 */
public record ImportOutcome(Kind kind, Long orderId, boolean needsReview, List<ImportIssue> issues) {

    public enum Kind {
        /** A new order. */
        REGISTERED,
        /** The mall changed the order before it was exported for shipping: updated, change noted. */
        UPDATED,
        /** The same order with the same content again (duplicate): nothing changed. */
        UNCHANGED,
        /** The mall changed the order after it was exported for shipping: flagged for review, not changed. */
        FLAGGED_AFTER_EXPORT,
        /** Cancelled at the mall and the shop's option says not to register such orders. */
        SKIPPED_CANCELLED,
        /** Not registered; see {@link #issues()}. */
        REJECTED
    }

    public ImportOutcome {
        issues = List.copyOf(issues);
    }

    static ImportOutcome of(Kind kind, Long orderId, boolean needsReview) {
        return new ImportOutcome(kind, orderId, needsReview, List.of());
    }

    static ImportOutcome rejected(ImportIssue issue) {
        return new ImportOutcome(Kind.REJECTED, null, false, List.of(issue));
    }
}
