package jp.juchu.engine.runtime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.juchu.engine.ConditionalOnEmbeddedEngine;
import org.springframework.stereotype.Component;

/**
 * Activates jobs without lock waits: reads candidate keys, then claims them with one conditional update and keeps
 * only the rows this caller updated. Safe with several pollers and several nodes on one database.
 */
@Component
@ConditionalOnEmbeddedEngine
public class JobActivator {

    private final WorkStore work;
    private final InstanceStore instances;
    private final EngineClock clock;
    private final EngineMetrics metrics;
    private final KeyGenerator keys;
    private final EngineDatabase database;

    JobActivator(WorkStore work, InstanceStore instances, EngineClock clock, EngineMetrics metrics, KeyGenerator keys,
            EngineDatabase database) {
        this.keys = keys;
        this.database = database;
        this.work = work;
        this.instances = instances;
        this.clock = clock;
        this.metrics = metrics;
    }

    public record Activated(Rows.Job job, long deadline, String worker, Map<String, Object> variables) {
    }

    public List<Activated> activate(String type, String worker, long timeoutMillis, int max, List<String> fetchVariables) {
        if (max <= 0) {
            return List.of();
        }
        List<Activated> result = database.commands().execute(status -> {
            long now = clock.millis();
            long deadline = now + timeoutMillis;
            List<Long> candidates = work.activatableJobKeys(type, now, max);
            if (candidates.isEmpty()) {
                return List.<Activated>of();
            }
            List<Rows.Job> jobs = work.claim(candidates, keys.next(), worker, deadline, now);
            Map<Long, Map<String, Object>> variables = instances.visibleVariablesOfEach(
                    jobs.stream().map(Rows.Job::elementInstanceKey).toList());
            List<Activated> activated = new ArrayList<>(jobs.size());
            for (Rows.Job job : jobs) {
                activated.add(new Activated(job, deadline, worker, select(variables.get(job.elementInstanceKey()), fetchVariables)));
            }
            return activated;
        });
        metrics.jobsActivated(type, result.size());
        return result;
    }

    private static Map<String, Object> select(Map<String, Object> all, List<String> fetchVariables) {
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
