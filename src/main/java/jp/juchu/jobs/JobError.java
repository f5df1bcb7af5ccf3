package jp.juchu.jobs;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One problem a job found: where (line, column, order) and why, in Japanese. */
@Entity
@Table(name = "job_error")
public class JobError {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "job_id", nullable = false)
    private Long jobId;

    @Column(name = "line_no")
    private Integer line;

    @Column(name = "column_name", length = 100)
    private String column;

    @Column(name = "order_number", length = 100)
    private String orderNumber;

    @Column(nullable = false, length = 1000)
    private String message;

    protected JobError() {
    }

    public Integer getLine() {
        return line;
    }

    public String getColumn() {
        return column;
    }

    public String getOrderNumber() {
        return orderNumber;
    }

    public String getMessage() {
        return message;
    }
}
