package jp.juchu.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of 担当者ごとの操作ログ: who changed what, when. Never updated after it is written. */
@Entity
@Table(name = "operation_log")
public class OperationLogEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 64)
    private String username;

    @Column(nullable = false, length = 50)
    private String area;

    @Column(nullable = false, length = 50)
    private String action;

    @Column(length = 200)
    private String target;

    @Column(length = 4000)
    private String detail;

    protected OperationLogEntry() {
    }

    OperationLogEntry(Instant occurredAt, String username, String area, String action, String target, String detail) {
        this.occurredAt = occurredAt;
        this.username = username;
        this.area = area;
        this.action = action;
        this.target = target;
        this.detail = detail;
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getUsername() {
        return username;
    }

    public String getArea() {
        return area;
    }

    public String getAction() {
        return action;
    }

    public String getTarget() {
        return target;
    }

    public String getDetail() {
        return detail;
    }
}
