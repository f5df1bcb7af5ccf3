package jp.juchu.engine.runtime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.juchu.engine.ConditionalOnEmbeddedEngine;
import org.springframework.stereotype.Component;

/**
 * Activates jobs without lock waits: reads candidate keys, then claims each with a conditional update and keeps
 * only the rows this caller updated. Safe with several pollers and several nodes on one database.
 */
@Component
@ConditionalOnEmbeddedEngine
public class JobActivator {

    private final WorkStore work;
    private final InstanceStore instances;
    private final EngineClock clock;
    private final EngineMetrics metrics;

    JobActivator(WorkStore work, InstanceStore instances, EngineClock clock, EngineMetrics metrics) {
        this.work = work;
        this.instances = instances;
        this.clock = clock;
        this.metrics = metrics;
    }

    public record Activated(Rows.Job job, long deadline, String worker, Map<String, Object> variables) {
    }

    public List<Activated> activate(String type, String worker, long timeoutMillis, int max, List<String> fetchVariables) {
        List<Activated> result = new ArrayList<>();
        if (max <= 0) {
            return result;
        }
        long now = clock.millis();
        long deadline = now + timeoutMillis;
        for (long key : work.activatableJobKeys(type, now, max)) {
            if (work.claim(key, worker, deadline, now)) {
                Rows.Job job = work.job(key).orElseThrow();
                result.add(new Activated(job, deadline, worker, variablesFor(job, fetchVariables)));
            }
        }
        metrics.jobsActivated(type, result.size());
        return result;
    }

    private Map<String, Object> variablesFor(Rows.Job job, List<String> fetchVariables) {
        Map<String, Object> all = instances.visibleVariables(job.elementInstanceKey());
        if (fetchVariables == null || fetchVariables.isEmpty()) {
            return all;
        }
        Map<String, Object> selected = new LinkedHashMap<>();
        for (String name : fetchVariables) {
            if (all.containsKey(name)) {
                selected.put(name, all.get(name));
            }
        }
        return selected;
    }
}
