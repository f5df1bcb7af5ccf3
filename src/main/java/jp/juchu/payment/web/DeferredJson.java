package jp.juchu.payment.web;

import java.util.LinkedHashMap;
import java.util.Map;
import jp.juchu.payment.DeferredTransactionView;

/** A 後払い transaction as JSON: codes plus their Japanese labels. */
final class DeferredJson {

    private DeferredJson() {
    }

    static Map<String, Object> of(DeferredTransactionView t) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("orderId", t.orderId());
        json.put("mallOrderNumber", t.mallOrderNumber());
        json.put("provider", t.provider().name());
        json.put("providerLabel", t.provider().label());
        json.put("status", t.status().name());
        json.put("statusLabel", t.status().label());
        json.put("shopTransactionId", t.shopTransactionId());
        json.put("providerTransactionId", t.providerTransactionId());
        json.put("invoiceEnclosed", t.invoiceEnclosed());
        json.put("billedAmount", t.billedAmount());
        json.put("reason", t.reason());
        json.put("sentAt", t.sentAt());
        json.put("csvExportedAt", t.csvExportedAt());
        json.put("creditResultAt", t.creditResultAt());
        json.put("carrierCode", t.carrierCode());
        json.put("slipNo", t.slipNo());
        json.put("shipmentRequestedAt", t.shipmentRequestedAt());
        json.put("shipmentReportedAt", t.shipmentReportedAt());
        json.put("cancelledAt", t.cancelledAt());
        json.put("createdAt", t.createdAt());
        json.put("updatedAt", t.updatedAt());
        return json;
    }
}
