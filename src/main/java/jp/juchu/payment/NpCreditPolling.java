package jp.juchu.payment;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * NP後払い answers some registrations with 審査前 or 保留 and decides later: this asks NP again for those
 * transactions every {@code juchu.payment.np-atobarai.credit-poll-interval} (default 15 minutes). A result that
 * arrives is stored and published like the first answer, which moves the order's process on.
 */
@Component
@ConditionalOnProperty(name = "juchu.payment.np-atobarai.credit-poll-enabled", havingValue = "true", matchIfMissing = true)
class NpCreditPolling {

    private static final Logger log = LoggerFactory.getLogger(NpCreditPolling.class);
    private static final int BATCH = 200;

    private final DeferredPayments deferred;

    NpCreditPolling(DeferredPayments deferred) {
        this.deferred = deferred;
    }

    @Scheduled(fixedDelayString = "${juchu.payment.np-atobarai.credit-poll-interval:PT15M}",
            initialDelayString = "${juchu.payment.np-atobarai.credit-poll-interval:PT15M}")
    void poll() {
        for (DeferredStatus waiting : List.of(DeferredStatus.REGISTERED, DeferredStatus.CREDIT_PENDING)) {
            for (DeferredTransactionView transaction : deferred.list(DeferredProvider.NP_ATOBARAI, waiting, BATCH)) {
                try {
                    deferred.refreshCreditResult(transaction.orderId());
                } catch (RuntimeException e) {
                    log.warn("NP後払いの与信結果を照会できません (受注 {}): {}", transaction.orderId(), e.getMessage());
                }
            }
        }
    }
}
