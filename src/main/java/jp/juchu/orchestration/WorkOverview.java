package jp.juchu.orchestration;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;

/** The day's open work for the dashboard: user tasks by kind and the stuck orders. */
@Service
public class WorkOverview {

    private final OrderProcess process;

    WorkOverview(OrderProcess process) {
        this.process = process;
    }

    public Summary now() {
        List<ProcessTask> tasks = process.openTasks(null, null);
        Map<String, Long> byName = new TreeMap<>();
        tasks.forEach(task -> byName.merge(task.name(), 1L, Long::sum));
        return new Summary(tasks.size(), new LinkedHashMap<>(byName), process.stuckOrders().size());
    }

    /** Open task count (all and by task name) and the number of open incidents. */
    public record Summary(int openTasks, Map<String, Long> tasksByName, int stuckOrders) {
    }
}
