package jp.juchu.order;

import java.util.List;

/**
 * An order's place in 同梱: the parent it was bundled into (if 同梱済), the children it took over, and why it
 * cannot be bundled now ({@code refusal}, null when it can).
 */
public record BundleInfo(BundleCandidate order, Long parentOrderId, String parentMallOrderNumber,
                         List<Linked> children, String refusal) {

    public BundleInfo {
        children = List.copyOf(children);
    }

    public boolean bundlable() {
        return refusal == null;
    }

    /** Another order named by id and number. */
    public record Linked(long orderId, String mallOrderNumber) {
    }
}
