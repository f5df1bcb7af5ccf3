package jp.juchu.jobs;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One execution of a long operation. Counters are written by {@link JobContext} while it runs. */
@Entity
@Table(name = "job_run")
public class JobRun {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 50)
    private String type;

    @Column(nullable = false, length = 200)
    private String label;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private JobState state;

    @Column(name = "started_by", nullable = false, length = 64)
    private String startedBy;

    @Column(length = 4000)
    private String parameters;

    @Column(name = "rerun_of")
    private Long rerunOf;

    private int processed;
    private int total;
    private int imported;
    private int updated;
    private int duplicates;
    private int rejected;

    @Column(length = 2000)
    private String message;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    /** Touched while the job is queued or running in a live instance; a stale one means the instance died. */
    @Column(name = "heartbeat_at", nullable = false)
    private Instant heartbeatAt;

    protected JobRun() {
    }

    JobRun(String type, String label, String startedBy, String parameters, Long rerunOf, Instant submittedAt) {
        this.type = type;
        this.label = label;
        this.startedBy = startedBy;
        this.parameters = parameters;
        this.rerunOf = rerunOf;
        this.submittedAt = submittedAt;
        this.heartbeatAt = submittedAt;
        this.state = JobState.QUEUED;
    }

    public Long getId() {
        return id;
    }

    public String getType() {
        return type;
    }

    public String getLabel() {
        return label;
    }

    public JobState getState() {
        return state;
    }

    public String getStartedBy() {
        return startedBy;
    }

    String getParameters() {
        return parameters;
    }

    public Long getRerunOf() {
        return rerunOf;
    }

    public int getProcessed() {
        return processed;
    }

    public int getTotal() {
        return total;
    }

    public int getImported() {
        return imported;
    }

    public int getUpdated() {
        return updated;
    }

    public int getDuplicates() {
        return duplicates;
    }

    public int getRejected() {
        return rejected;
    }

    public String getMessage() {
        return message;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    /** Progress in percent, 0–100; unknown totals count as 0 until finished. */
    public int getPercent() {
        if (state.finished()) {
            return 100;
        }
        return total <= 0 ? 0 : (int) Math.min(100, processed * 100L / total);
    }
}
