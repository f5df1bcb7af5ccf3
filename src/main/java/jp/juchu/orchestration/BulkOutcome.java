package jp.juchu.orchestration;

import java.util.List;

/**
 * The results of one 一括操作, one per distinct order in the order given.
 *
 * @param parentId 同梱 only: the parent that was used (or refused); null for other actions
 */
public record BulkOutcome(BulkAction action, List<BulkOrderResult> results, Long parentId) {

    public BulkOutcome {
        results = List.copyOf(results);
    }

    public long count(BulkOrderResult.Outcome outcome) {
        return results.stream().filter(r -> r.outcome() == outcome).count();
    }

    public long succeeded() {
        return count(BulkOrderResult.Outcome.SUCCEEDED);
    }

    public long failed() {
        return count(BulkOrderResult.Outcome.FAILED);
    }

    public long skipped() {
        return count(BulkOrderResult.Outcome.SKIPPED);
    }

    public boolean allSucceeded() {
        return results.stream().allMatch(BulkOrderResult::ok);
    }
}
