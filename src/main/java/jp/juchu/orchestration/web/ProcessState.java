package jp.juchu.orchestration.web;

import java.util.List;
import jp.juchu.orchestration.ProcessStep;

/**
 * Where an order's process is now: whether it runs, and the steps it waits at (with incidents marked).
 *
 * @param label 進行中, 終了 or プロセスなし
 */
record ProcessState(String label, List<ProcessStep> waitingAt) {

    private static final List<String> CONTAINERS = List.of("PROCESS", "SUB_PROCESS", "EVENT_SUB_PROCESS", "SEQUENCE_FLOW");

    /**
     * From the order's element instances (the engine lists the elements, not the process itself): the process runs
     * while any element is active.
     */
    static ProcessState of(List<ProcessStep> steps) {
        List<ProcessStep> waiting = steps.stream().filter(s -> "ACTIVE".equals(s.state()))
                .filter(s -> !CONTAINERS.contains(s.type())).toList();
        boolean running = steps.stream().anyMatch(s -> "ACTIVE".equals(s.state()));
        return new ProcessState(steps.isEmpty() ? "プロセスなし" : running ? "進行中" : "終了", waiting);
    }

    public boolean stuck() {
        return waitingAt.stream().anyMatch(ProcessStep::incident);
    }
}
