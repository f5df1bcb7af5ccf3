package jp.juchu.payment;

/**
 * A 後払い provider answered the credit check of an order (synchronously on registration or from an
 * imported 与信結果 CSV). {@code reason} is the provider's reason in Japanese, {@code null} for OK.
 */
public record CreditResultReceived(long orderId, CreditResult result, String reason) {
}
