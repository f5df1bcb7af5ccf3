package jp.juchu.jobs;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What a running {@link JobHandler} sees: its parameters and input files, and counters it moves
 * forward. Progress is written in its own short transactions at most once a second (each needs a pooled
 * connection that a busy process engine competes for), so a screen polling the job sees it move while
 * the handler's own work commits per order.
 */
public final class JobContext {

    private static final Logger log = LoggerFactory.getLogger(JobContext.class);
    private static final long FLUSH_INTERVAL_MILLIS = 1000;
    private static final int MESSAGE_LIMIT = 1000;

    private final long jobId;
    private final String startedBy;
    private final Map<String, String> parameters;
    private final JobFileAccess files;
    private final JdbcClient jdbc;
    private final TransactionTemplate newTransaction;
    private final Clock clock;
    private final List<PendingError> pendingErrors = new ArrayList<>();

    private int total;
    private int processed;
    private int imported;
    private int updated;
    private int duplicates;
    private int rejected;
    private int errorCount;
    private String message;
    private long lastFlush;

    JobContext(long jobId, String startedBy, Map<String, String> parameters, JobFileAccess files, JdbcClient jdbc,
               TransactionTemplate newTransaction, Clock clock) {
        this.jobId = jobId;
        this.startedBy = startedBy;
        this.parameters = Map.copyOf(parameters);
        this.files = files;
        this.jdbc = jdbc;
        this.newTransaction = newTransaction;
        this.clock = clock;
    }

    public long jobId() {
        return jobId;
    }

    /** The user who submitted the job (handlers run on a background thread with no security context). */
    public String startedBy() {
        return startedBy;
    }

    public String parameter(String name) {
        return parameters.get(name);
    }

    public List<String> inputNames() {
        return files.inputNames(jobId);
    }

    public InputStream openInput(String name) throws IOException {
        return files.openInput(jobId, name);
    }

    public void addOutput(String name, InputStream content) {
        files.addOutput(jobId, name, content);
    }

    public void total(int total) {
        this.total = total;
        maybeFlush();
    }

    public void processed(int processed) {
        this.processed = processed;
        maybeFlush();
    }

    public void imported() {
        imported++;
        maybeFlush();
    }

    public void updated() {
        updated++;
        maybeFlush();
    }

    public void duplicate() {
        duplicates++;
        maybeFlush();
    }

    public void rejected() {
        rejected++;
        maybeFlush();
    }

    /** A problem to show in the job history and the error report; {@code line}/{@code column}/{@code orderNumber} may be null. */
    public void error(Integer line, String column, String orderNumber, String message) {
        pendingErrors.add(new PendingError(line, column, orderNumber, truncate(message)));
        errorCount++;
        maybeFlush();
    }

    /** A one-line summary shown with the job, e.g. what was skipped. */
    public void message(String message) {
        this.message = truncate(message);
    }

    int errorCount() {
        return errorCount;
    }

    int rejectedCount() {
        return rejected;
    }

    String summary() {
        return message;
    }

    void flush() {
        List<PendingError> errors = List.copyOf(pendingErrors);
        pendingErrors.clear();
        try {
            write(errors);
        } catch (RuntimeException e) {
            pendingErrors.addAll(0, errors);
            throw e;
        }
        lastFlush = clock.millis();
    }

    private void write(List<PendingError> errors) {
        newTransaction.executeWithoutResult(status -> {
            jdbc.sql("""
                    UPDATE job_run SET total = :total, processed = :processed, imported = :imported, updated = :updated,
                           duplicates = :duplicates, rejected = :rejected, message = :message WHERE id = :id""")
                    .param("total", total).param("processed", processed).param("imported", imported)
                    .param("updated", updated).param("duplicates", duplicates).param("rejected", rejected)
                    .param("message", message).param("id", jobId).update();
            for (PendingError error : errors) {
                jdbc.sql("""
                        INSERT INTO job_error (job_id, line_no, column_name, order_number, message)
                        VALUES (:job, :line, :column, :order, :message)""")
                        .param("job", jobId).param("line", error.line()).param("column", error.column())
                        .param("order", error.orderNumber()).param("message", error.message()).update();
            }
        });
    }

    /**
     * A progress write that fails (e.g. no pooled connection within the pool's timeout while the process
     * engine is busy) must not end the job half-way: the counters and errors stay pending and are written
     * at the next interval, or at the end, where a failure does count.
     */
    private void maybeFlush() {
        if (clock.millis() - lastFlush >= FLUSH_INTERVAL_MILLIS) {
            try {
                flush();
            } catch (DataAccessException | TransactionException e) {
                lastFlush = clock.millis();
                log.warn("Progress of job {} could not be written now; it is written later: {}", jobId, e.getMessage());
            }
        }
    }

    private static String truncate(String text) {
        return text == null || text.length() <= MESSAGE_LIMIT ? text : text.substring(0, MESSAGE_LIMIT - 1) + "…";
    }

    private record PendingError(Integer line, String column, String orderNumber, String message) {
    }
}
