package jp.juchu.orchestration;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * An open user task of an order's process, as the task inbox and {@code GET /api/tasks} show it.
 *
 * @param type the BPMN element id of the user task, e.g. {@code reconcile-payment}
 * @param open whether the task still waits for an operator (false once completed or cancelled)
 */
public record ProcessTask(long key, String type, String name, Long orderId, String formId, String assignee,
                          List<String> candidateGroups, OffsetDateTime createdAt, long processInstanceKey,
                          boolean open) {

    /** An open task (what {@link OrderProcess#openTasks} returns). */
    public ProcessTask(long key, String type, String name, Long orderId, String formId, String assignee,
                       List<String> candidateGroups, OffsetDateTime createdAt, long processInstanceKey) {
        this(key, type, name, orderId, formId, assignee, candidateGroups, createdAt, processInstanceKey, true);
    }
}
