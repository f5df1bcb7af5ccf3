package jp.juchu.payment;

/** What 入金消込 did for one order: {@code ok} with a confirmation, or refused with the Japanese reason. */
public record ReconciliationResult(long orderId, boolean ok, String message) {
}
