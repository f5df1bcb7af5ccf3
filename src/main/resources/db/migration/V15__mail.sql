-- 送信メール (module "mail"): every customer mail is stored here first (the outbox), then delivered over SMTP
-- when one is configured. A row is also kept for a mail that was decided not to be sent (status SKIPPED_*),
-- so the order's mail log shows why. idempotency_key makes a retried job find its first message again.
CREATE TABLE mail_message (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    idempotency_key VARCHAR(200)  NOT NULL,
    order_id        BIGINT,
    shop_id         BIGINT,
    purpose         VARCHAR(30)   NOT NULL,
    template_id     BIGINT,
    template_name   VARCHAR(100),
    recipient       VARCHAR(254),
    sender          VARCHAR(254),
    sender_name     VARCHAR(100),
    subject         VARCHAR(1000),
    body            MEDIUMTEXT,
    status          VARCHAR(30)   NOT NULL,
    reason          VARCHAR(1000),
    attempts        INT           NOT NULL,
    created_by      VARCHAR(64)   NOT NULL,
    created_at      TIMESTAMP(6)  NOT NULL,
    last_attempt_at TIMESTAMP(6)  NULL,
    sent_at         TIMESTAMP(6)  NULL,
    version         BIGINT        NOT NULL,
    CONSTRAINT uk_mail_message_key UNIQUE (idempotency_key)
);
CREATE INDEX ix_mail_message_order ON mail_message (order_id, id);
CREATE INDEX ix_mail_message_status ON mail_message (status, id);
