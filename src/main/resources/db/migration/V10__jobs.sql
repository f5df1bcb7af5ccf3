-- スケジュール一覧 / ダウンロード一覧: every long operation is a tracked job with counts, errors and files.
CREATE TABLE job_run (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    type         VARCHAR(50)  NOT NULL,
    label        VARCHAR(200) NOT NULL,
    state        VARCHAR(20)  NOT NULL,
    started_by   VARCHAR(64)  NOT NULL,
    parameters   VARCHAR(4000),
    rerun_of     BIGINT,
    processed    INT          NOT NULL DEFAULT 0,
    total        INT          NOT NULL DEFAULT 0,
    imported     INT          NOT NULL DEFAULT 0,
    updated      INT          NOT NULL DEFAULT 0,
    duplicates   INT          NOT NULL DEFAULT 0,
    rejected     INT          NOT NULL DEFAULT 0,
    message      VARCHAR(2000),
    submitted_at TIMESTAMP(6) NOT NULL,
    started_at   TIMESTAMP(6) NULL,
    finished_at  TIMESTAMP(6) NULL,
    heartbeat_at TIMESTAMP(6) NOT NULL
);
CREATE INDEX ix_job_run_state ON job_run (state, id);
CREATE INDEX ix_job_run_type ON job_run (type, id);

CREATE TABLE job_error (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    job_id       BIGINT        NOT NULL,
    line_no      INT,
    column_name  VARCHAR(100),
    order_number VARCHAR(100),
    message      VARCHAR(1000) NOT NULL,
    CONSTRAINT fk_job_error_job FOREIGN KEY (job_id) REFERENCES job_run (id)
);
CREATE INDEX ix_job_error_job ON job_error (job_id, id);

CREATE TABLE job_file (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    job_id       BIGINT       NOT NULL,
    name         VARCHAR(200) NOT NULL,
    role         VARCHAR(10)  NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    storage_path VARCHAR(500) NOT NULL,
    created_at   TIMESTAMP(6) NOT NULL,
    CONSTRAINT fk_job_file_job FOREIGN KEY (job_id) REFERENCES job_run (id),
    CONSTRAINT uk_job_file_name UNIQUE (job_id, name)
);
