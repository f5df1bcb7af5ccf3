package jp.juchu.engine.runtime;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import jp.juchu.engine.ConditionalOnEmbeddedEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * One background thread: fires due timers (read by index on {@code due_at}), returns jobs whose activation
 * deadline passed, drops expired messages. Wakes at least every 500 ms (timers created by other nodes), and at
 * once when the clock is pinned.
 */
@Component
@ConditionalOnEmbeddedEngine
public class EngineScheduler implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(EngineScheduler.class);
    private static final long MAX_SLEEP_MILLIS = 500;

    private final EngineDatabase database;
    private final EventStore events;
    private final WorkStore work;
    private final EngineCommands commands;
    private final EngineClock clock;
    private final JobSignals signals;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition wake = lock.newCondition();
    private volatile boolean running;
    private volatile boolean woken;
    private Thread thread;

    EngineScheduler(EventStore events, WorkStore work, EngineCommands commands, EngineClock clock, JobSignals signals,
            EngineDatabase database) {
        this.database = database;
        this.events = events;
        this.work = work;
        this.commands = commands;
        this.clock = clock;
        this.signals = signals;
        clock.onChange(this::wakeUp);
    }

    public void wakeUp() {
        lock.lock();
        try {
            woken = true;
            wake.signalAll();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void start() {
        running = true;
        thread = new Thread(this::loop, "engine-scheduler");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void stop() {
        running = false;
        wakeUp();
        if (thread != null) {
            try {
                thread.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void loop() {
        while (running) {
            try {
                runOnce();
            } catch (RuntimeException e) {
                log.warn("Engine scheduler round failed: {}", e.toString());
            }
            lock.lock();
            try {
                if (!woken && running) {
                    wake.await(MAX_SLEEP_MILLIS, TimeUnit.MILLISECONDS);
                }
                woken = false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } finally {
                lock.unlock();
            }
        }
    }

    /** One round; also used by tests that need the round to have happened. */
    public void runOnce() {
        long now = clock.millis();
        database.commands().executeWithoutResult(status -> {
            if (work.releaseExpired(now) > 0) {
                signals.jobAvailable("*");
            }
            events.deleteExpiredMessages(now);
        });
        for (Rows.Message message : events.stranded(now, 100)) {
            try {
                commands.correlateStranded(message);
            } catch (RuntimeException e) {
                log.warn("Buffered message {} ({}) could not be correlated: {}", message.key(), message.name(), e.toString());
            }
        }
        List<Rows.Timer> due = events.dueTimers(now, 100);
        for (Rows.Timer timer : due) {
            if (!running) {
                return;
            }
            try {
                commands.fireTimer(timer);
            } catch (RuntimeException e) {
                log.warn("Timer {} of element {} failed: {}", timer.key(), timer.elementId(), e.toString());
            }
        }
        if (due.size() == 100) {
            wakeUp();
        }
    }
}
