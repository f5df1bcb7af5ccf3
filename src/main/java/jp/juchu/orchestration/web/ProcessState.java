package jp.juchu.orchestration.web;

import java.util.List;
import jp.juchu.orchestration.ProcessStep;

/**
 * Where an order's process is now: whether it runs, and the steps it waits at (with incidents marked).
 *
 * @param label 進行中, 終了, 中止 or プロセスなし
 */
record ProcessState(String label, List<ProcessStep> waitingAt) {

    private static final List<String> CONTAINERS = List.of("PROCESS", "SUB_PROCESS", "EVENT_SUB_PROCESS", "SEQUENCE_FLOW");

    static ProcessState of(List<ProcessStep> steps) {
        String label = steps.stream().filter(s -> "PROCESS".equals(s.type())).findFirst()
                .map(s -> switch (s.state() == null ? "" : s.state()) {
                    case "ACTIVE" -> "進行中";
                    case "COMPLETED" -> "終了";
                    case "TERMINATED" -> "中止";
                    default -> s.state();
                })
                .orElse(steps.isEmpty() ? "プロセスなし" : "進行中");
        List<ProcessStep> waiting = steps.stream().filter(s -> "ACTIVE".equals(s.state()))
                .filter(s -> !CONTAINERS.contains(s.type())).toList();
        return new ProcessState(label, waiting);
    }

    boolean stuck() {
        return waitingAt.stream().anyMatch(ProcessStep::incident);
    }
}
