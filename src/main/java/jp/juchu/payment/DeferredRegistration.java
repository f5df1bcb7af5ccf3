package jp.juchu.payment;

/**
 * The result of {@link DeferredPayments#register}: the transaction as it now stands.
 *
 * @param creditResult the provider's 与信結果 when it has one ({@code null}: none yet)
 * @param existing     true when the order already had an active transaction and nothing was sent
 */
public record DeferredRegistration(long orderId, DeferredProvider provider, DeferredStatus status,
                                   String shopTransactionId, String providerTransactionId, CreditResult creditResult,
                                   String reason, boolean existing) {
}
