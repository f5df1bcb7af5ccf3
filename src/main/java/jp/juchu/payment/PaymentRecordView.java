package jp.juchu.payment;

import java.time.Instant;

/** The recorded payment of an order (amount = the order's 請求金額 when it was recorded). */
public record PaymentRecordView(long orderId, Instant paidAt, long amount, String recordedBy, Instant recordedAt) {
}
