package jp.juchu.order;

import java.util.List;

/** What a 同梱 did: the parent (with its new amounts) and the children now 同梱済. */
public record BundleResult(long parentId, String parentMallOrderNumber, List<Long> childIds, long billingAmount,
                           OrderAmounts amounts, int lineCount) {

    public BundleResult {
        childIds = List.copyOf(childIds);
    }
}
