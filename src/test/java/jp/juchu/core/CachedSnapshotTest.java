package jp.juchu.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

class CachedSnapshotTest {

    static final class MovableClock extends Clock {
        Instant now = Instant.parse("2026-12-01T00:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    final MovableClock clock = new MovableClock();
    final CachedSnapshot<Integer> snapshot = new CachedSnapshot<>(Duration.ofMinutes(1), clock);
    final AtomicInteger database = new AtomicInteger(1);
    final AtomicInteger loads = new AtomicInteger();

    int read() {
        return snapshot.get(() -> {
            loads.incrementAndGet();
            return database.get();
        });
    }

    @AfterEach
    void endTransaction() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    @Test
    void loadsOnceUntilTooOld() {
        assertThat(read()).isEqualTo(1);
        database.set(2);
        assertThat(read()).isEqualTo(1);
        clock.now = clock.now.plusSeconds(59);
        assertThat(read()).isEqualTo(1);
        clock.now = clock.now.plusSeconds(1);
        assertThat(read()).isEqualTo(2);
        assertThat(loads).hasValue(2);
    }

    @Test
    void aChangeWithoutTransactionLoadsAgainAtOnce() {
        read();
        database.set(2);
        snapshot.changed();
        assertThat(read()).isEqualTo(2);
        assertThat(read()).isEqualTo(2);
        assertThat(loads).hasValue(2);
    }

    @Test
    void aReadDuringTheChangingTransactionIsNotKeptPastItsEnd() {
        read();
        TransactionSynchronizationManager.initSynchronization();
        snapshot.changed();
        // another thread reads before the commit: it sees the old state, which must not be kept
        assertThat(read()).isEqualTo(1);
        database.set(2);
        TransactionSynchronizationManager.getSynchronizations().forEach(s -> s.afterCompletion(TransactionSynchronization.STATUS_COMMITTED));
        TransactionSynchronizationManager.clearSynchronization();

        assertThat(read()).isEqualTo(2);
        assertThat(read()).isEqualTo(2);
        assertThat(loads).hasValue(3);
    }
}
