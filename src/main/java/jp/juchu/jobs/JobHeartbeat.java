package jp.juchu.jobs;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Crash detection without assuming a single instance: every instance keeps the jobs it owns
 * (queued or running here) alive by touching their heartbeat; a QUEUED or RUNNING job whose
 * heartbeat is stale belonged to an instance that died, so it is marked FAILED. Its input files are
 * kept and it can be re-run (imports are idempotent).
 */
@Component
class JobHeartbeat {

    private static final Logger log = LoggerFactory.getLogger(JobHeartbeat.class);
    static final Duration STALE_AFTER = Duration.ofMinutes(2);
    static final String INTERRUPTED = "アプリケーションの停止により中断しました。「再実行」で同じファイルをもう一度処理できます。";

    private final Set<Long> owned = ConcurrentHashMap.newKeySet();
    private final JdbcClient jdbc;
    private final Clock clock;

    JobHeartbeat(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void own(long jobId) {
        owned.add(jobId);
    }

    void release(long jobId) {
        owned.remove(jobId);
    }

    @Scheduled(fixedDelay = 20_000, initialDelay = 20_000)
    @Transactional
    public void touchOwnedJobs() {
        Timestamp now = Timestamp.from(clock.instant());
        for (Long id : owned) {
            jdbc.sql("UPDATE job_run SET heartbeat_at = :now WHERE id = :id").param("now", now).param("id", id).update();
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(fixedDelay = 60_000, initialDelay = 60_000)
    @Transactional
    public void failAbandonedJobs() {
        Timestamp now = Timestamp.from(clock.instant());
        int failed = jdbc.sql("""
                        UPDATE job_run SET state = 'FAILED', message = :reason, finished_at = :now
                        WHERE state IN ('QUEUED', 'RUNNING') AND heartbeat_at < :staleBefore""")
                .param("reason", INTERRUPTED).param("now", now)
                .param("staleBefore", Timestamp.from(clock.instant().minus(STALE_AFTER))).update();
        if (failed > 0) {
            log.warn("Marked {} abandoned job(s) as FAILED", failed);
        }
    }
}
