package jp.juchu.payment;

import java.time.Instant;

/** A prepaid order's payment was reconciled in bulk (入金消込); the process leaves 入金待 on this. */
public record PaymentReconciled(long orderId, Instant paidAt) {
}
