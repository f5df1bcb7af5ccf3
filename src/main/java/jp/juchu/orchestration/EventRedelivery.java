package jp.juchu.orchestration;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import jp.juchu.order.OrderChunkEvent;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.IncompleteEventPublications;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadPoolExecutor;
import org.springframework.scheduling.annotation.AsyncConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Delivers again the events whose process command failed (engine unreachable, a conflict): every minute, those
 * older than {@code juchu.process.redeliver-after}. Listeners are asynchronous so an import never waits for the
 * engine. They run on a small fixed pool ({@code juchu.process.event-threads}, default 4) with a bounded queue
 * ({@code juchu.process.event-queue}, default 500): an import of thousands of orders queues its events instead of
 * opening a thread and a database connection per order, and is slowed to the pace of the process starts when
 * the queue is full instead of piling them up in memory.
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
class EventRedelivery implements AsyncConfigurer {

    static final String BULK_EVENTS = "bulkProcessEvents";

    private final IncompleteEventPublications incomplete;
    private final Duration after;
    private final Duration bulkAfter;
    private final Clock clock;
    private final int eventThreads;
    private final int eventQueue;

    EventRedelivery(IncompleteEventPublications incomplete, Clock clock,
                    @Value("${juchu.process.redeliver-after:PT2M}") Duration after,
                    @Value("${juchu.process.bulk-redeliver-after:PT30M}") Duration bulkAfter,
                    @Value("${juchu.process.event-threads:4}") int eventThreads,
                    @Value("${juchu.process.event-queue:500}") int eventQueue) {
        this.incomplete = incomplete;
        this.clock = clock;
        this.bulkAfter = bulkAfter;
        this.eventQueue = eventQueue;
        this.after = after;
        this.eventThreads = eventThreads;
    }

    @Override
    public Executor getAsyncExecutor() {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(eventThreads);
        executor.setMaxPoolSize(eventThreads);
        executor.setThreadNamePrefix("process-event-");
        // A bounded queue: when an import registers orders faster than their processes start, the importing thread
        // starts the next one itself, so the backlog (and the heap) stays bounded and no queued event waits long
        // enough to be redelivered while it is still queued.
        executor.setQueueCapacity(eventQueue);
        executor.setRejectedExecutionHandler(new ThreadPoolExecutor.CallerRunsPolicy());
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(10);
        executor.initialize();
        return executor;
    }

    /**
     * The events of bulk steps (an export or a tracking import of thousands of orders: one event per chunk, hundreds
     * of process messages each) are relayed one after another on one thread, so a big export leaves a core to the
     * operators' screens and the job itself instead of flooding the engine from every event thread.
     */
    @Bean(BULK_EVENTS)
    ThreadPoolTaskExecutor bulkProcessEvents() {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(1);
        executor.setMaxPoolSize(1);
        executor.setThreadNamePrefix("process-bulk-event-");
        executor.setQueueCapacity(eventQueue);
        executor.setRejectedExecutionHandler(new ThreadPoolExecutor.CallerRunsPolicy());
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(10);
        return executor;
    }

    @Scheduled(fixedDelayString = "${juchu.process.redeliver-interval:PT1M}", initialDelayString = "${juchu.process.redeliver-interval:PT1M}")
    void redeliver() {
        Instant now = clock.instant();
        incomplete.resubmitIncompletePublications(publication -> publication.getPublicationDate()
                .isBefore(now.minus(isBulk(publication.getEvent()) ? bulkAfter : after)));
    }

    /**
     * Bulk events queue behind each other on the one bulk thread (an export of 100,000 orders queues minutes of
     * messages), so they are redelivered only after {@code juchu.process.bulk-redeliver-after}: redelivering one that
     * is still queued would publish its messages twice and lengthen the queue further.
     */
    static boolean isBulk(Object event) {
        return event instanceof OrderChunkEvent;
    }
}
