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

/** A file that belongs to a job: the original input (kept for re-runs) or something it produced. */
@Entity
@Table(name = "job_file")
public class JobFile {

    /** INPUT files are what the operator uploaded; OUTPUT files are reports and exports (ダウンロード一覧). */
    public enum Role { INPUT, OUTPUT }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "job_id", nullable = false)
    private Long jobId;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Role role;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(name = "storage_path", nullable = false, length = 500)
    private String storagePath;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected JobFile() {
    }

    JobFile(Long jobId, String name, Role role, long size, String storagePath, Instant createdAt) {
        this.jobId = jobId;
        this.name = name;
        this.role = role;
        this.size = size;
        this.storagePath = storagePath;
        this.createdAt = createdAt;
    }

    public Long getJobId() {
        return jobId;
    }

    public String getName() {
        return name;
    }

    public Role getRole() {
        return role;
    }

    public long getSize() {
        return size;
    }

    String getStoragePath() {
        return storagePath;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
