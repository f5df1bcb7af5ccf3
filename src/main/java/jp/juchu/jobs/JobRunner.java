package jp.juchu.jobs;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.juchu.core.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** Runs jobs on the job executor and records how they ended. */
@Component
class JobRunner {

    private static final Logger log = LoggerFactory.getLogger(JobRunner.class);
    private static final TypeReference<Map<String, String>> PARAMETERS = new TypeReference<>() { };

    private final Map<String, JobHandler> handlers;
    private final TaskExecutor executor;
    private final JdbcClient jdbc;
    private final TransactionTemplate newTransaction;
    private final JobFileAccess files;
    private final ErrorReport errorReport;
    private final JobHeartbeat heartbeat;
    private final ObjectMapper json;
    private final Clock clock;

    JobRunner(List<JobHandler> handlers, @Qualifier("jobExecutor") TaskExecutor executor, JdbcClient jdbc,
              PlatformTransactionManager transactions, JobFileAccess files, ErrorReport errorReport, JobHeartbeat heartbeat, ObjectMapper json, Clock clock) {
        this.handlers = handlers.stream().collect(Collectors.toMap(JobHandler::type, Function.identity()));
        this.executor = executor;
        this.jdbc = jdbc;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.files = files;
        this.errorReport = errorReport;
        this.heartbeat = heartbeat;
        this.json = json;
        this.clock = clock;
    }

    void requireHandler(String type) {
        if (!handlers.containsKey(type)) {
            throw new InvalidInputException("type", "ジョブの種類「" + type + "」は実行できません");
        }
    }

    void start(long jobId) {
        heartbeat.own(jobId);
        executor.execute(() -> {
            try {
                run(jobId);
            } finally {
                heartbeat.release(jobId);
            }
        });
    }

    private void run(long jobId) {
        Row row = jdbc.sql("SELECT type, started_by, parameters FROM job_run WHERE id = :id").param("id", jobId)
                .query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3))).single();
        JobContext context = new JobContext(jobId, row.startedBy(), parameters(row.parameters()), files, jdbc, newTransaction, clock);
        setState(jobId, JobState.RUNNING, "started_at", null);
        try {
            handlers.get(row.type()).run(context);
            context.flush();
            if (context.errorCount() > 0) {
                errorReport.write(jobId, files);
            }
            JobState end = context.rejectedCount() > 0 || context.errorCount() > 0 ? JobState.PARTIAL : JobState.SUCCEEDED;
            setState(jobId, end, "finished_at", context.summary());
        } catch (Exception | Error e) {
            log.warn("Job {} ({}) failed", jobId, row.type(), e);
            context.error(null, null, null, reason(e));
            context.flush();
            errorReport.write(jobId, files);
            setState(jobId, JobState.FAILED, "finished_at", reason(e));
        }
    }

    private void setState(long jobId, JobState state, String timeColumn, String message) {
        newTransaction.executeWithoutResult(s -> jdbc.sql(
                        "UPDATE job_run SET state = :state, heartbeat_at = :at, " + timeColumn + " = :at"
                                + (message == null ? "" : ", message = :message") + " WHERE id = :id")
                .param("state", state.name()).param("at", java.sql.Timestamp.from(clock.instant()))
                .params(message == null ? Map.of() : Map.of("message", message))
                .param("id", jobId).update());
    }

    private Map<String, String> parameters(String text) {
        try {
            return text == null ? Map.of() : json.readValue(text, PARAMETERS);
        } catch (Exception e) {
            throw new IllegalStateException("stored job parameters are not JSON", e);
        }
    }

    private static String reason(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.length() > 1000 ? message.substring(0, 999) + "…" : message;
    }

    private record Row(String type, String startedBy, String parameters) {
    }
}
