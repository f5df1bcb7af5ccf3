package jp.juchu.engine.web;

import io.camunda.client.protocol.rest.JobActivationResult;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import jp.juchu.engine.ConditionalOnEmbeddedEngine;
import jp.juchu.engine.runtime.JobActivator;
import jp.juchu.engine.runtime.JobSignals;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.async.DeferredResult;

/**
 * Holds activation requests that found no job: answers as soon as a job of the type is created in this JVM
 * (signal after commit), re-checks every 250 ms for jobs from other nodes, timeouts and back-offs, and answers
 * empty when {@code requestTimeout} has elapsed - always before the client's own timeout (requestTimeout + 1 s).
 */
@Component
@ConditionalOnEmbeddedEngine
class JobLongPolling implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(JobLongPolling.class);
    private static final long RECHECK_MILLIS = 250;

    private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "engine-long-poll");
        thread.setDaemon(true);
        return thread;
    });
    private final Set<Poll> polls = ConcurrentHashMap.newKeySet();

    JobLongPolling(JobSignals signals) {
        signals.listen(this::jobAvailable);
    }

    /** A waiting request; {@code attempt} activates and returns the jobs found (possibly none). */
    DeferredResult<JobActivationResult> hold(String type, long waitMillis,
            Function<Void, List<JobActivator.Activated>> attempt, Function<List<JobActivator.Activated>, JobActivationResult> render) {
        DeferredResult<JobActivationResult> result = new DeferredResult<>(waitMillis + 5_000L);
        Poll poll = new Poll(type, System.currentTimeMillis() + waitMillis, attempt, render, result);
        polls.add(poll);
        result.onCompletion(() -> poll.finish());
        result.onTimeout(() -> poll.answer(List.of()));
        poll.schedule(RECHECK_MILLIS);
        return result;
    }

    private void jobAvailable(String type) {
        for (Poll poll : polls) {
            if ("*".equals(type) || poll.type.equals(type)) {
                poll.schedule(0);
            }
        }
    }

    @Override
    public void destroy() {
        polls.forEach(poll -> poll.answer(List.of()));
        scheduler.shutdownNow();
    }

    private final class Poll {

        private final String type;
        private final long answerAt;
        private final Function<Void, List<JobActivator.Activated>> attempt;
        private final Function<List<JobActivator.Activated>, JobActivationResult> render;
        private final DeferredResult<JobActivationResult> result;
        private final AtomicBoolean done = new AtomicBoolean();
        private final Object checking = new Object();
        private ScheduledFuture<?> next;

        Poll(String type, long answerAt, Function<Void, List<JobActivator.Activated>> attempt,
                Function<List<JobActivator.Activated>, JobActivationResult> render,
                DeferredResult<JobActivationResult> result) {
            this.type = type;
            this.answerAt = answerAt;
            this.attempt = attempt;
            this.render = render;
            this.result = result;
        }

        synchronized void schedule(long delayMillis) {
            if (done.get() || scheduler.isShutdown()) {
                return;
            }
            if (next != null) {
                next.cancel(false);
            }
            long untilAnswer = Math.max(0, answerAt - System.currentTimeMillis());
            next = scheduler.schedule(this::check, Math.min(delayMillis, untilAnswer), TimeUnit.MILLISECONDS);
        }

        private void check() {
            synchronized (checking) {
                if (done.get()) {
                    return;
                }
                List<JobActivator.Activated> jobs;
                try {
                    jobs = attempt.apply(null);
                } catch (RuntimeException e) {
                    log.warn("Job activation for type {} failed: {}", type, e.toString());
                    jobs = List.of();
                }
                if (!jobs.isEmpty() || System.currentTimeMillis() >= answerAt) {
                    answer(jobs);
                } else {
                    schedule(RECHECK_MILLIS);
                }
            }
        }

        void answer(List<JobActivator.Activated> jobs) {
            if (done.compareAndSet(false, true)) {
                polls.remove(this);
                result.setResult(render.apply(jobs));
            }
        }

        void finish() {
            done.set(true);
            polls.remove(this);
        }
    }
}
