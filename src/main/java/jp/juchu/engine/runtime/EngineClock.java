package jp.juchu.engine.runtime;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import jp.juchu.engine.ConditionalOnEmbeddedEngine;
import org.springframework.stereotype.Component;

/**
 * The engine's time: the application clock, unless pinned through {@code PUT /v2/clock} (as Camunda's clock
 * endpoint does; tests move time this way instead of sleeping). A pinned clock stands still until pinned again
 * or reset. Pinning is per process, not stored.
 */
@Component
@ConditionalOnEmbeddedEngine
public class EngineClock {

    private final Clock clock;
    private volatile Long pinned;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    EngineClock(Clock clock) {
        this.clock = clock;
    }

    public long millis() {
        Long fixed = pinned;
        return fixed != null ? fixed : clock.millis();
    }

    public Instant instant() {
        return Instant.ofEpochMilli(millis());
    }

    public void pin(long epochMillis) {
        pinned = epochMillis;
        listeners.forEach(Runnable::run);
    }

    public void reset() {
        pinned = null;
        listeners.forEach(Runnable::run);
    }

    /** Called whenever time jumps, so schedulers re-check what became due. */
    public void onChange(Runnable listener) {
        listeners.add(listener);
    }
}
