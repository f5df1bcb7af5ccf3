package jp.juchu.payment.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.juchu.core.InvalidInputException;
import jp.juchu.order.OrderBook;
import jp.juchu.payment.DeferredPayments;
import jp.juchu.payment.PaymentReconciliation;
import jp.juchu.payment.ReconciliationResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** 入金消込 over HTTP, and an order's payment state (payment record and 後払い transaction). */
@RestController
class PaymentApiController {

    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    private final PaymentReconciliation reconciliation;
    private final DeferredPayments deferred;
    private final OrderBook orders;

    PaymentApiController(PaymentReconciliation reconciliation, DeferredPayments deferred, OrderBook orders) {
        this.reconciliation = reconciliation;
        this.deferred = deferred;
        this.orders = orders;
    }

    /** {@code paidAt}: an ISO instant/offset date-time, or a date (that day 00:00 in Japan); absent = now. */
    record ReconciliationRequest(List<Long> orderIds, String paidAt) {
    }

    @PostMapping("/api/payments/reconciliations")
    Map<String, Object> reconcile(@RequestBody ReconciliationRequest request) {
        List<ReconciliationResult> results = reconciliation.reconcile(request.orderIds(), paidAt(request.paidAt()), null);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("results", results);
        body.put("reconciled", results.stream().filter(ReconciliationResult::ok).count());
        body.put("refused", results.stream().filter(r -> !r.ok()).count());
        return body;
    }

    @GetMapping("/api/orders/{id}/payment")
    Map<String, Object> payment(@PathVariable long id) {
        orders.require(id);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("orderId", id);
        body.put("payment", reconciliation.find(id).orElse(null));
        body.put("deferred", deferred.find(id).map(DeferredJson::of).orElse(null));
        return body;
    }

    static Instant paidAt(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        try {
            if (value.length() == 10) {
                return LocalDate.parse(value.replace('/', '-')).atStartOfDay(JAPAN).toInstant();
            }
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(value);
            } catch (DateTimeParseException again) {
                throw new InvalidInputException("paidAt", "入金日時「" + value + "」を読めません（例: 2026-11-10 または 2026-11-10T10:00:00+09:00）");
            }
        }
    }
}
