package jp.juchu.order;

/** A new order was registered (新規受付); the process orchestration starts its instance on this. */
public record OrderRegistered(long orderId, long shopId, String mallOrderNumber) {
}
