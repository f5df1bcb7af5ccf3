package jp.juchu.orchestration;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.exception.CamundaError;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import jp.juchu.core.ConflictException;
import jp.juchu.core.InvalidInputException;
import jp.juchu.payment.DeferredPayments;
import jp.juchu.payment.DeferredProvider;
import jp.juchu.payment.DeferredProviderUnavailable;
import jp.juchu.payment.DeferredRegistrationRejected;
import jp.juchu.payment.PaymentReconciliation;
import org.springframework.stereotype.Component;

/** Workers of the payment steps: 入金記録, 後払い 取引登録 / 出荷報告 / キャンセル. */
@Component
public class PaymentWorkers {

    /** The BPMN error the 後払い取引登録（連携） task catches to return to the operator with the reason. */
    static final String REGISTRATION_REJECTED = "DEFERRED_REGISTRATION_REJECTED";

    private final PaymentReconciliation reconciliation;
    private final DeferredPayments deferred;
    private final JobFailures failures;
    private final Clock clock;

    PaymentWorkers(PaymentReconciliation reconciliation, DeferredPayments deferred, JobFailures failures, Clock clock) {
        this.reconciliation = reconciliation;
        this.deferred = deferred;
        this.failures = failures;
        this.clock = clock;
    }

    /** After the 入金消込 task: records the 入金日時 the operator entered (now when left empty). Idempotent. */
    @JobWorker(type = "payment.record-reconciliation", fetchVariables = {"orderId", "paidAt"})
    public void recordReconciliation(ActivatedJob job, @Variable(name = "orderId") long orderId,
                                     @Variable(name = "paidAt", optional = true) String paidAt) {
        failures.guard(job, () -> reconciliation.record(orderId, paidAt(paidAt), "入金消込タスク"));
    }

    @JobWorker(type = "payment.register-deferred", fetchVariables = {"orderId", "deferredProvider", "invoiceEnclosed"})
    public Map<String, Object> registerDeferred(ActivatedJob job, @Variable(name = "orderId") long orderId,
                                                @Variable(name = "deferredProvider") String provider,
                                                @Variable(name = "invoiceEnclosed", optional = true) Boolean invoiceEnclosed) {
        return failures.guard(job, () -> {
            try {
                deferred.register(orderId, provider(provider), Boolean.TRUE.equals(invoiceEnclosed), "後払い取引登録タスク");
            } catch (DeferredRegistrationRejected rejected) {
                throw CamundaError.bpmnError(REGISTRATION_REJECTED, rejected.getMessage(),
                        Map.of("registrationError", rejected.getMessage()));
            }
            Map<String, Object> cleared = new HashMap<>();
            cleared.put("registrationError", null);
            return cleared;
        });
    }

    @JobWorker(type = "payment.cancel-deferred", fetchVariables = "orderId")
    public void cancelDeferred(ActivatedJob job, @Variable(name = "orderId") long orderId) {
        failures.guard(job, () -> {
            settingsProblemIsFinal(() -> deferred.cancel(orderId));
            return null;
        });
    }

    /**
     * 後払い出荷報告 after 出荷確定 (idempotent). NP's refusal stops as an incident with NP's reason; NP being
     * unreachable (5xx, timeout) is retried; missing or wrong NP settings stop at once.
     */
    @JobWorker(type = "payment.report-shipment", fetchVariables = "orderId")
    public void reportShipment(ActivatedJob job, @Variable(name = "orderId") long orderId) {
        failures.guard(job, () -> {
            settingsProblemIsFinal(() -> deferred.reportShipment(orderId));
            return null;
        });
    }

    private static DeferredProvider provider(String value) {
        try {
            return DeferredProvider.valueOf(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidInputException("deferredProvider", "後払いサービス「" + value + "」はありません");
        }
    }

    private Instant paidAt(String value) {
        if (value == null || value.isBlank()) {
            return clock.instant();
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException notOffset) {
            try {
                return LocalDateTime.parse(value).atZone(clock.getZone()).toInstant();
            } catch (DateTimeParseException notLocal) {
                try {
                    return LocalDate.parse(value).atStartOfDay(clock.getZone()).toInstant();
                } catch (DateTimeParseException notDate) {
                    throw new InvalidInputException("paidAt", "入金日時「" + value + "」を読めません");
                }
            }
        }
    }

    /** Missing or wrong provider settings do not heal by retrying: stop at once with the reason. */
    private static void settingsProblemIsFinal(Runnable call) {
        try {
            call.run();
        } catch (DeferredProviderUnavailable e) {
            if (!e.retryable()) {
                throw new ConflictException("provider_settings", "provider", e.getMessage());
            }
            throw e;
        }
    }
}
