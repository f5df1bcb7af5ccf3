package jp.juchu.orchestration;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Delivers again the events whose process command failed (engine unreachable, a conflict): every minute, those
 * older than {@code juchu.process.redeliver-after}. Listeners are asynchronous so an import never waits for the
 * engine.
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
class EventRedelivery {

    private final IncompleteEventPublications incomplete;
    private final Duration after;

    EventRedelivery(IncompleteEventPublications incomplete, @Value("${juchu.process.redeliver-after:PT2M}") Duration after) {
        this.incomplete = incomplete;
        this.after = after;
    }

    @Scheduled(fixedDelayString = "${juchu.process.redeliver-interval:PT1M}", initialDelayString = "${juchu.process.redeliver-interval:PT1M}")
    void redeliver() {
        incomplete.resubmitIncompletePublicationsOlderThan(after);
    }
}
