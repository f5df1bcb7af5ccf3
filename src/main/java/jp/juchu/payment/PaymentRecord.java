package jp.juchu.payment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** 入金消込: the payment of one prepaid order. Written once, never changed. */
@Entity
@Table(name = "payment_record")
class PaymentRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "order_id", nullable = false, updatable = false)
    private long orderId;

    @Column(name = "paid_at", nullable = false, updatable = false)
    private Instant paidAt;

    @Column(nullable = false, updatable = false)
    private long amount;

    @Column(name = "recorded_by", nullable = false, updatable = false, length = 64)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected PaymentRecord() {
    }

    PaymentRecord(long orderId, Instant paidAt, long amount, String recordedBy, Instant recordedAt) {
        this.orderId = orderId;
        this.paidAt = paidAt;
        this.amount = amount;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    PaymentRecordView view() {
        return new PaymentRecordView(orderId, paidAt, amount, recordedBy, recordedAt);
    }
}
