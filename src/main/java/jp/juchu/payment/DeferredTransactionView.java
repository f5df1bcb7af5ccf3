package jp.juchu.payment;

import java.time.Instant;

/** An order's 後払い transaction, for screens, the API and the process. */
public record DeferredTransactionView(long orderId, String mallOrderNumber, DeferredProvider provider,
                                      DeferredStatus status, String shopTransactionId, String providerTransactionId,
                                      boolean invoiceEnclosed, long billedAmount, String reason, Instant sentAt,
                                      Instant csvExportedAt, Instant creditResultAt, String carrierCode, String slipNo,
                                      Instant shipmentRequestedAt, Instant shipmentReportedAt, Instant cancelledAt,
                                      Instant createdAt, Instant updatedAt) {

    public String providerLabel() {
        return provider.label();
    }

    public String statusLabel() {
        return status.label();
    }
}
