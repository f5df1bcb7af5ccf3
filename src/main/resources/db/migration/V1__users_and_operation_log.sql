-- Core schema: people who log in, the per-user operation log, and the Modulith event publication
-- registry (the outbox through which domain events reach the process orchestration).

CREATE TABLE user_account (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    username      VARCHAR(64)  NOT NULL,
    display_name  VARCHAR(100) NOT NULL,
    password_hash VARCHAR(100) NOT NULL,
    role          VARCHAR(20)  NOT NULL,
    enabled       BOOLEAN      NOT NULL,
    created_at    TIMESTAMP(6) NOT NULL,
    CONSTRAINT uk_user_account_username UNIQUE (username)
);

CREATE TABLE operation_log (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    occurred_at TIMESTAMP(6)  NOT NULL,
    username    VARCHAR(64)   NOT NULL,
    area        VARCHAR(50)   NOT NULL,
    action      VARCHAR(50)   NOT NULL,
    target      VARCHAR(200),
    detail      VARCHAR(4000)
);
CREATE INDEX ix_operation_log_user ON operation_log (username, id);
CREATE INDEX ix_operation_log_area ON operation_log (area, id);

CREATE TABLE EVENT_PUBLICATION (
    ID               VARCHAR(36)   NOT NULL,
    LISTENER_ID      VARCHAR(512)  NOT NULL,
    EVENT_TYPE       VARCHAR(512)  NOT NULL,
    SERIALIZED_EVENT VARCHAR(4000) NOT NULL,
    PUBLICATION_DATE TIMESTAMP(6)  NOT NULL,
    COMPLETION_DATE  TIMESTAMP(6)  NULL,
    PRIMARY KEY (ID)
);
CREATE INDEX EVENT_PUBLICATION_BY_COMPLETION_DATE_IDX ON EVENT_PUBLICATION (COMPLETION_DATE);
