package jp.juchu.engine.runtime;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jp.juchu.engine.ConditionalOnEmbeddedEngine;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Micrometer metrics: active instances, open incidents and timer lag (read from the tables at scrape time, so they
 * are right across nodes), and job activations / completions / failures per job type (this node).
 */
@Component
@ConditionalOnEmbeddedEngine
public class EngineMetrics {

    private final MeterRegistry registry;

    EngineMetrics(MeterRegistry registry, EngineDatabase database, EngineClock clock) {
        this.registry = registry;
        JdbcClient jdbc = database.jdbc();
        Gauge.builder("juchu.engine.instances.active", () -> count(jdbc,
                        "SELECT COUNT(*) FROM engine_process_instance WHERE state = 'ACTIVE'"))
                .description("Process instances that are active").register(registry);
        Gauge.builder("juchu.engine.incidents.open", () -> count(jdbc,
                        "SELECT COUNT(*) FROM engine_incident WHERE state = 'ACTIVE'"))
                .description("Incidents not yet resolved").register(registry);
        Gauge.builder("juchu.engine.timers.lag", () -> {
                    Long due = jdbc.sql("SELECT MIN(due_at) FROM engine_timer")
                            .query((rs, n) -> (Long) rs.getObject(1, Long.class)).optional().orElse(null);
                    return due == null ? 0 : Math.max(0, clock.millis() - due) / 1000.0;
                })
                .description("Seconds the most overdue timer is late").baseUnit("seconds").register(registry);
    }

    private static double count(JdbcClient jdbc, String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    void jobsActivated(String type, int count) {
        if (count > 0) {
            counter("juchu.engine.jobs.activated", type).increment(count);
        }
    }

    void jobCompleted(String type) {
        counter("juchu.engine.jobs.completed", type).increment();
    }

    void jobFailed(String type) {
        counter("juchu.engine.jobs.failed", type).increment();
    }

    private Counter counter(String name, String type) {
        return Counter.builder(name).tag("type", type).register(registry);
    }
}
