package jp.juchu.order;

/**
 * A child order was bundled (同梱) into a parent: the child is now 同梱済 for good and the parent carries its
 * lines and amounts. Published once per child inside the bundling transaction; the process orchestration
 * ends the child's process (message {@code order-bundled}) and may re-run the checks on the parent.
 */
public record OrderBundled(long childOrderId, long parentOrderId) {
}
