package jp.juchu.engine.runtime;

import java.util.List;
import java.util.Optional;
import jp.juchu.engine.ConditionalOnEmbeddedEngine;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Jobs, user tasks and incidents: the work an instance waits for. */
@Component
@ConditionalOnEmbeddedEngine
public class WorkStore {

    private final JdbcClient jdbc;
    private final BoundedCache<Long, Long> jobInstances = new BoundedCache<>(20_000);

    WorkStore(EngineDatabase database) {
        this.jdbc = database.jdbc();
    }

    // ---- jobs

    void insertJob(Rows.Job job, long now) {
        jobInstances.put(job.key(), job.instanceKey());
        jdbc.sql("""
                INSERT INTO engine_job (job_key, job_type, state, retries, deadline, worker, backoff_until,
                  element_instance_key, instance_key, element_id, definition_key, bpmn_process_id, version,
                  custom_headers, error_code, error_message, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(job.key(), job.type(), job.state(), job.retries(), job.deadline(), job.worker(),
                        job.backoffUntil(), job.elementInstanceKey(), job.instanceKey(), job.elementId(),
                        job.definitionKey(), job.bpmnProcessId(), job.version(), job.customHeaders(), job.errorCode(),
                        job.errorMessage(), now)
                .update();
    }

    public Optional<Rows.Job> job(long key) {
        return jdbc.sql("SELECT * FROM engine_job WHERE job_key = ?").param(key).query(WorkStore::mapJob).optional();
    }

    Optional<Rows.Job> openJobOf(long elementInstanceKey) {
        return jdbc.sql("""
                SELECT * FROM engine_job WHERE element_instance_key = ? AND state IN ('ACTIVATABLE', 'ACTIVATED', 'FAILED', 'ERROR_THROWN')""")
                .param(elementInstanceKey).query(WorkStore::mapJob).optional();
    }

    List<Long> activatableJobKeys(String type, long now, int limit) {
        return jdbc.sql("""
                SELECT job_key FROM engine_job WHERE job_type = ? AND state = 'ACTIVATABLE' AND backoff_until <= ?
                ORDER BY job_key LIMIT ?""")
                .params(type, now, limit).query(Long.class).list();
    }

    /**
     * The claim: one conditional update over the candidates; a job another poller took meanwhile no longer
     * matches. The rows this activation won are read back by its key.
     */
    List<Rows.Job> claim(List<Long> jobKeys, long activationKey, String worker, long deadline, long now) {
        int claimed = jdbc.sql("""
                UPDATE engine_job SET state = 'ACTIVATED', worker = :worker, deadline = :deadline, activation_key = :activation
                WHERE job_key IN (:keys) AND state = 'ACTIVATABLE' AND backoff_until <= :now""")
                .param("worker", worker).param("deadline", deadline).param("activation", activationKey)
                .param("keys", jobKeys).param("now", now).update();
        if (claimed == 0) {
            return List.of();
        }
        return jdbc.sql("SELECT * FROM engine_job WHERE job_key IN (:keys) AND activation_key = :activation ORDER BY job_key")
                .param("keys", jobKeys).param("activation", activationKey).query(WorkStore::mapJob).list();
    }

    /** The process instance of a job (never changes), without a query when this node created or activated it. */
    Optional<Long> instanceOfJob(long jobKey) {
        return Optional.ofNullable(jobInstances.computeIfAbsent(jobKey, key -> jdbc.sql(
                "SELECT instance_key FROM engine_job WHERE job_key = ?").param(key).query(Long.class).optional().orElse(null)));
    }

    int releaseExpired(long now) {
        return jdbc.sql("""
                UPDATE engine_job SET state = 'ACTIVATABLE', worker = NULL, deadline = NULL
                WHERE state = 'ACTIVATED' AND deadline < ?""").param(now).update();
    }

    void updateJob(long key, String state, int retries, Long deadline, String worker, long backoffUntil,
            String errorCode, String errorMessage) {
        jdbc.sql("""
                UPDATE engine_job SET state = ?, retries = ?, deadline = ?, worker = ?, backoff_until = ?,
                  error_code = ?, error_message = ? WHERE job_key = ?""")
                .params(state, retries, deadline, worker, backoffUntil, errorCode, errorMessage, key).update();
    }

    public static Rows.Job mapJob(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Rows.Job(rs.getLong("job_key"), rs.getString("job_type"), rs.getString("state"),
                rs.getInt("retries"), (Long) rs.getObject("deadline", Long.class), rs.getString("worker"),
                rs.getLong("backoff_until"), rs.getLong("element_instance_key"), rs.getLong("instance_key"),
                rs.getString("element_id"), rs.getLong("definition_key"), rs.getString("bpmn_process_id"),
                rs.getInt("version"), rs.getString("custom_headers"), rs.getString("error_code"),
                rs.getString("error_message"));
    }

    // ---- user tasks

    void insertUserTask(Rows.UserTask task) {
        jdbc.sql("""
                INSERT INTO engine_user_task (user_task_key, element_instance_key, instance_key, definition_key,
                  bpmn_process_id, version, element_id, task_name, state, assignee, candidate_groups, candidate_users,
                  due_date, follow_up_date, priority, form_key, external_form_reference, custom_headers, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(task.key(), task.elementInstanceKey(), task.instanceKey(), task.definitionKey(),
                        task.bpmnProcessId(), task.version(), task.elementId(), task.name(), task.state(),
                        task.assignee(), task.candidateGroups(), task.candidateUsers(), task.dueDate(),
                        task.followUpDate(), task.priority(), task.formKey(), task.externalFormReference(),
                        task.customHeaders(), task.createdAt())
                .update();
    }

    public Optional<Rows.UserTask> userTask(long key) {
        return jdbc.sql("SELECT * FROM engine_user_task WHERE user_task_key = ?").param(key)
                .query(WorkStore::mapUserTask).optional();
    }

    Optional<Rows.UserTask> openUserTaskOf(long elementInstanceKey) {
        return jdbc.sql("SELECT * FROM engine_user_task WHERE element_instance_key = ? AND state = 'CREATED'")
                .param(elementInstanceKey).query(WorkStore::mapUserTask).optional();
    }

    /** The completion itself is conditional, so that only one of two racing completions can change the task. */
    boolean completeUserTask(long key, long now) {
        return jdbc.sql("UPDATE engine_user_task SET state = 'COMPLETED', completed_at = ? WHERE user_task_key = ? AND state = 'CREATED'")
                .params(now, key).update() == 1;
    }

    /** Conditional as well: a job is completed once. */
    boolean completeJob(long key) {
        return jdbc.sql("UPDATE engine_job SET state = 'COMPLETED' WHERE job_key = ? AND state IN ('ACTIVATABLE', 'ACTIVATED')")
                .param(key).update() == 1;
    }

    void finishUserTask(long key, String state, long now) {
        jdbc.sql("UPDATE engine_user_task SET state = ?, completed_at = ? WHERE user_task_key = ?")
                .params(state, now, key).update();
    }

    void assign(long key, String assignee) {
        jdbc.sql("UPDATE engine_user_task SET assignee = ? WHERE user_task_key = ?").params(assignee, key).update();
    }

    void updateUserTask(long key, String candidateGroups, String candidateUsers, String dueDate, String followUpDate,
            int priority) {
        jdbc.sql("""
                UPDATE engine_user_task SET candidate_groups = ?, candidate_users = ?, due_date = ?, follow_up_date = ?,
                  priority = ? WHERE user_task_key = ?""")
                .params(candidateGroups, candidateUsers, dueDate, followUpDate, priority, key).update();
    }

    public static Rows.UserTask mapUserTask(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Rows.UserTask(rs.getLong("user_task_key"), rs.getLong("element_instance_key"),
                rs.getLong("instance_key"), rs.getLong("definition_key"), rs.getString("bpmn_process_id"),
                rs.getInt("version"), rs.getString("element_id"), rs.getString("task_name"), rs.getString("state"),
                rs.getString("assignee"), rs.getString("candidate_groups"), rs.getString("candidate_users"),
                rs.getString("due_date"), rs.getString("follow_up_date"), rs.getInt("priority"),
                (Long) rs.getObject("form_key", Long.class), rs.getString("external_form_reference"),
                rs.getString("custom_headers"), rs.getLong("created_at"), (Long) rs.getObject("completed_at", Long.class));
    }

    // ---- incidents

    void insertIncident(Rows.Incident incident) {
        jdbc.sql("""
                INSERT INTO engine_incident (incident_key, error_type, error_message, element_instance_key, element_id,
                  instance_key, definition_key, bpmn_process_id, job_key, state, created_at, retry_action)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(incident.key(), incident.errorType(), incident.errorMessage(), incident.elementInstanceKey(),
                        incident.elementId(), incident.instanceKey(), incident.definitionKey(), incident.bpmnProcessId(),
                        incident.jobKey(), incident.state(), incident.createdAt(), incident.retryAction())
                .update();
    }

    public Optional<Rows.Incident> incident(long key) {
        return jdbc.sql("SELECT * FROM engine_incident WHERE incident_key = ?").param(key)
                .query(WorkStore::mapIncident).optional();
    }

    List<Rows.Incident> activeIncidentsOfElement(long elementInstanceKey) {
        return jdbc.sql("SELECT * FROM engine_incident WHERE element_instance_key = ? AND state = 'ACTIVE'")
                .param(elementInstanceKey).query(WorkStore::mapIncident).list();
    }

    boolean hasActiveIncidents(long instanceKey) {
        return jdbc.sql("SELECT COUNT(*) FROM engine_incident WHERE instance_key = ? AND state = 'ACTIVE'")
                .param(instanceKey).query(Long.class).single() > 0;
    }

    void resolveIncident(long key) {
        jdbc.sql("UPDATE engine_incident SET state = 'RESOLVED' WHERE incident_key = ?").param(key).update();
    }

    public static Rows.Incident mapIncident(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Rows.Incident(rs.getLong("incident_key"), rs.getString("error_type"), rs.getString("error_message"),
                rs.getLong("element_instance_key"), rs.getString("element_id"), rs.getLong("instance_key"),
                rs.getLong("definition_key"), rs.getString("bpmn_process_id"), (Long) rs.getObject("job_key", Long.class),
                rs.getString("state"), rs.getLong("created_at"), rs.getString("retry_action"));
    }
}
