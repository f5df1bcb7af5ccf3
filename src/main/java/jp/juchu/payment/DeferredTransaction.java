package jp.juchu.payment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * An order's transaction at a 後払い provider. The 加盟店取引ID sent to the provider is derived from the
 * order id and the generation ({@code JC123}, after a cancellation {@code JC123-2}), so a retry after a
 * lost answer sends the same id again and the provider can refuse it as a duplicate instead of
 * creating a second transaction.
 */
@Entity
@Table(name = "deferred_transaction")
class DeferredTransaction {

    static final int REASON_LIMIT = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "order_id", nullable = false, updatable = false)
    private long orderId;

    @Column(name = "mall_order_number", nullable = false, updatable = false, length = 64)
    private String mallOrderNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DeferredProvider provider;

    @Column(nullable = false)
    private int generation;

    @Column(name = "shop_transaction_id", nullable = false, length = 40)
    private String shopTransactionId;

    @Column(name = "provider_transaction_id", length = 40)
    private String providerTransactionId;

    @Column(name = "invoice_enclosed", nullable = false)
    private boolean invoiceEnclosed;

    @Column(name = "billed_amount", nullable = false)
    private long billedAmount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DeferredStatus status;

    @Column(length = REASON_LIMIT)
    private String reason;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "csv_exported_at")
    private Instant csvExportedAt;

    @Column(name = "credit_result_at")
    private Instant creditResultAt;

    @Column(name = "carrier_code", length = 10)
    private String carrierCode;

    @Column(name = "slip_no", length = 40)
    private String slipNo;

    @Column(name = "shipment_requested_at")
    private Instant shipmentRequestedAt;

    @Column(name = "shipment_reported_at")
    private Instant shipmentReportedAt;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "registered_by", nullable = false, length = 64)
    private String registeredBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected DeferredTransaction() {
    }

    DeferredTransaction(long orderId, String mallOrderNumber, DeferredProvider provider, boolean invoiceEnclosed,
                        long billedAmount, String actor, Instant now) {
        this.orderId = orderId;
        this.mallOrderNumber = mallOrderNumber;
        this.generation = 1;
        this.createdAt = now;
        start(provider, invoiceEnclosed, billedAmount, actor, now);
    }

    static String shopTransactionId(long orderId, int generation) {
        return "JC" + orderId + (generation > 1 ? "-" + generation : "");
    }

    /**
     * Registers again after the previous transaction ended. After a cancellation the provider still knows
     * the old 加盟店取引ID, so the next generation gets a new one; after a refusal nothing exists there
     * and the id is kept.
     */
    void restart(DeferredProvider provider, boolean invoiceEnclosed, long billedAmount, String actor, Instant now) {
        if (status.isActive()) {
            throw new IllegalStateException("transaction of order " + orderId + " is still active");
        }
        if (status == DeferredStatus.CANCELLED) {
            generation++;
        }
        this.providerTransactionId = null;
        this.csvExportedAt = null;
        this.creditResultAt = null;
        this.carrierCode = null;
        this.slipNo = null;
        this.shipmentRequestedAt = null;
        this.shipmentReportedAt = null;
        this.cancelledAt = null;
        this.sentAt = null;
        start(provider, invoiceEnclosed, billedAmount, actor, now);
    }

    private void start(DeferredProvider provider, boolean invoiceEnclosed, long billedAmount, String actor, Instant now) {
        this.provider = provider;
        this.invoiceEnclosed = invoiceEnclosed;
        this.billedAmount = billedAmount;
        this.shopTransactionId = shopTransactionId(orderId, generation);
        this.status = provider.usesCsv() ? DeferredStatus.AWAITING_CSV : DeferredStatus.REGISTERED;
        this.reason = null;
        this.registeredBy = actor;
        this.updatedAt = now;
    }

    /** Whether the provider has (or may have, after a lost answer) this transaction and knows its id. */
    boolean isKnownToProvider() {
        return provider.usesCsv() || providerTransactionId != null;
    }

    void sending(Instant now) {
        this.sentAt = now;
        this.updatedAt = now;
    }

    /** The answer to a registration did not arrive; the next try sends the same 加盟店取引ID again. */
    void answerLost(String why, Instant now) {
        this.reason = limit(why);
        this.updatedAt = now;
    }

    /** Registered at the provider, result still open (NP 40 審査前). */
    void registered(String providerTransactionId, String note, Instant now) {
        this.providerTransactionId = providerTransactionId;
        this.status = DeferredStatus.REGISTERED;
        this.reason = limit(note);
        this.updatedAt = now;
    }

    /**
     * Stores a credit result; returns whether anything changed (a repeated identical result changes nothing,
     * so it is published only once).
     */
    boolean creditResult(CreditResult result, String providerTransactionId, String why, Instant now) {
        DeferredStatus next = switch (result) {
            case OK -> DeferredStatus.CREDIT_OK;
            case NG -> DeferredStatus.CREDIT_NG;
            case PENDING -> DeferredStatus.CREDIT_PENDING;
        };
        String nextProviderId = providerTransactionId == null || providerTransactionId.isBlank()
                ? this.providerTransactionId : providerTransactionId.strip();
        String nextReason = limit(why);
        if (next == status && Objects.equals(nextReason, reason) && Objects.equals(nextProviderId, this.providerTransactionId)) {
            return false;
        }
        this.status = next;
        this.providerTransactionId = nextProviderId;
        this.reason = nextReason;
        this.creditResultAt = now;
        this.updatedAt = now;
        return true;
    }

    void rejected(String why, Instant now) {
        this.status = DeferredStatus.REJECTED;
        this.reason = limit(why);
        this.updatedAt = now;
    }

    void exported(Instant now) {
        this.csvExportedAt = now;
        this.updatedAt = now;
    }

    void shipmentRequested(String carrierCode, String slipNo, Instant now) {
        this.carrierCode = carrierCode;
        this.slipNo = slipNo;
        this.shipmentRequestedAt = now;
        this.updatedAt = now;
    }

    /** CSV providers: the slip waits for the 出荷報告 CSV. */
    void awaitShipmentCsv(String carrierCode, String slipNo, Instant now) {
        shipmentRequested(carrierCode, slipNo, now);
        this.status = DeferredStatus.SHIPMENT_PENDING;
    }

    void shipmentReported(Instant now) {
        this.status = DeferredStatus.SHIPMENT_REPORTED;
        this.shipmentReportedAt = now;
        this.updatedAt = now;
    }

    void cancelled(String note, Instant now) {
        this.status = DeferredStatus.CANCELLED;
        this.reason = limit(note);
        this.cancelledAt = now;
        this.updatedAt = now;
    }

    static String limit(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return text.length() <= REASON_LIMIT ? text : text.substring(0, REASON_LIMIT - 1) + "…";
    }

    DeferredTransactionView view() {
        return new DeferredTransactionView(orderId, mallOrderNumber, provider, status, shopTransactionId,
                providerTransactionId, invoiceEnclosed, billedAmount, reason, sentAt, csvExportedAt, creditResultAt,
                carrierCode, slipNo, shipmentRequestedAt, shipmentReportedAt, cancelledAt, createdAt, updatedAt);
    }

    String getMallOrderNumber() {
        return mallOrderNumber;
    }

    long getOrderId() {
        return orderId;
    }

    DeferredProvider getProvider() {
        return provider;
    }

    String getShopTransactionId() {
        return shopTransactionId;
    }

    String getProviderTransactionId() {
        return providerTransactionId;
    }

    boolean isInvoiceEnclosed() {
        return invoiceEnclosed;
    }

    long getBilledAmount() {
        return billedAmount;
    }

    DeferredStatus getStatus() {
        return status;
    }

    String getReason() {
        return reason;
    }

    Instant getCsvExportedAt() {
        return csvExportedAt;
    }

    String getCarrierCode() {
        return carrierCode;
    }

    String getSlipNo() {
        return slipNo;
    }

    Instant getShipmentReportedAt() {
        return shipmentReportedAt;
    }

    Instant getShipmentRequestedAt() {
        return shipmentRequestedAt;
    }
}
