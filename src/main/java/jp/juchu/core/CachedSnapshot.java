package jp.juchu.core;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Settings-like data read from the database and kept in memory, for values read on every order (the 自動処理設定, the
 * business calendar, the 要注意顧客 list) but changed rarely and only through their own module. The module calls
 * {@link #changed()} in the transaction that changes them; the next read after that transaction ends loads again. A
 * change made by another instance of the application is seen within {@code maxAge}.
 *
 * <p>Relies on READ COMMITTED (the application's isolation on every database): a load that starts after a change's
 * transaction ended sees the change even inside an older transaction.
 */
public final class CachedSnapshot<T> {

    /** How long a kept value serves without a local change: the delay until another instance's change is seen. */
    public static final Duration MAX_AGE = Duration.ofMinutes(1);

    private final Duration maxAge;
    private final Clock clock;
    private final AtomicLong generation = new AtomicLong();
    private volatile Loaded<T> loaded;

    public CachedSnapshot(Clock clock) {
        this(MAX_AGE, clock);
    }

    public CachedSnapshot(Duration maxAge, Clock clock) {
        this.maxAge = maxAge;
        this.clock = clock;
    }

    /** The kept value, or a freshly loaded one when there is none, it is too old, or a change happened since. */
    public T get(Supplier<T> loader) {
        Loaded<T> current = loaded;
        if (current != null && current.generation() == generation.get() && current.at().plus(maxAge).isAfter(clock.instant())) {
            return current.value();
        }
        long loading = generation.get();
        Loaded<T> fresh = new Loaded<>(loader.get(), loading, clock.instant());
        // a change that ended while this loaded may be missing from it: then it serves this read only
        if (generation.get() == loading) {
            loaded = fresh;
        }
        return fresh.value();
    }

    /**
     * The data is changing in the current transaction: reads from now on load again, and so does the first read after
     * the transaction ends (a read in between may have loaded the state before the commit). Without a transaction,
     * only the former.
     */
    public void changed() {
        generation.incrementAndGet();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    generation.incrementAndGet();
                }
            });
        }
    }

    private record Loaded<T>(T value, long generation, Instant at) {
    }
}
