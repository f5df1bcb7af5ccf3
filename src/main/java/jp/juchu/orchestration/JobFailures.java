package jp.juchu.orchestration;

import io.camunda.client.exception.CamundaError;
import io.camunda.client.api.response.ActivatedJob;
import java.time.Duration;
import java.util.function.Supplier;
import jp.juchu.core.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How a worker's failure reaches the engine. A business refusal that the model does not handle
 * ({@link DomainException}) stops at once as an incident with its Japanese reason: retrying cannot change
 * the outcome, an operator must act. Anything else is technical (a mall or SMTP down, a lock timeout) and is
 * retried with exponential back-off until the retries the model gives run out, then becomes an incident.
 * BPMN errors the worker throws itself pass through.
 */
@Component
class JobFailures {

    private static final Logger log = LoggerFactory.getLogger(JobFailures.class);
    private static final int MAX_DOUBLINGS = 10;

    private final Duration firstBackoff;
    private final Duration maxBackoff;

    JobFailures(@Value("${juchu.process.retry-backoff:PT10S}") Duration firstBackoff,
                @Value("${juchu.process.max-retry-backoff:PT30M}") Duration maxBackoff) {
        this.firstBackoff = firstBackoff;
        this.maxBackoff = maxBackoff;
    }

    <T> T guard(ActivatedJob job, Supplier<T> work) {
        try {
            return work.get();
        } catch (CamundaError passThrough) {
            throw passThrough;
        } catch (DomainException refused) {
            log.warn("{} (受注プロセス {}) は業務エラーで停止: {}", job.getType(), job.getProcessInstanceKey(), refused.getMessage());
            throw CamundaError.jobError(refused.getMessage(), null, 0, Duration.ZERO, refused);
        } catch (RuntimeException failed) {
            int retriesLeft = Math.max(job.getRetries() - 1, 0);
            Duration backoff = backoff(job.getRetries());
            log.warn("{} (受注プロセス {}) が失敗、残り {} 回 ({} 後に再試行): {}", job.getType(), job.getProcessInstanceKey(),
                    retriesLeft, backoff, failed.toString());
            throw CamundaError.jobError(describe(failed), null, retriesLeft, backoff, failed);
        }
    }

    /** first × 2^(attempts so far), capped. */
    Duration backoff(int retriesBefore) {
        int attempt = Math.max(0, 5 - retriesBefore);
        Duration backoff = firstBackoff.multipliedBy(1L << Math.min(attempt, MAX_DOUBLINGS));
        return backoff.compareTo(maxBackoff) > 0 ? maxBackoff : backoff;
    }

    private static String describe(RuntimeException failed) {
        String message = failed.getMessage();
        return failed.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
