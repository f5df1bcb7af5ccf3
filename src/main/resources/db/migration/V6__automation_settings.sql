-- 自動処理設定 (settings module "shop"): a single row, plus automatic sending per mail purpose.
CREATE TABLE automation_settings (
    id                         BIGINT AUTO_INCREMENT PRIMARY KEY,
    progress_mode              VARCHAR(10)  NOT NULL,
    payment_reminder_days      INT,
    unpaid_escalation_days     INT,
    unpaid_escalation_action   VARCHAR(20)  NOT NULL,
    deferred_auto_registration BOOLEAN      NOT NULL,
    updated_at                 TIMESTAMP(6) NOT NULL,
    version                    BIGINT       NOT NULL DEFAULT 0
);

CREATE TABLE automation_auto_send (
    settings_id BIGINT      NOT NULL,
    purpose     VARCHAR(30) NOT NULL,
    enabled     BOOLEAN     NOT NULL,
    CONSTRAINT pk_automation_auto_send PRIMARY KEY (settings_id, purpose),
    CONSTRAINT fk_automation_auto_send_settings FOREIGN KEY (settings_id) REFERENCES automation_settings (id)
);

INSERT INTO automation_settings (progress_mode, payment_reminder_days, unpaid_escalation_days, unpaid_escalation_action,
                                 deferred_auto_registration, updated_at)
VALUES ('AUTO', 3, 14, 'HOLD', TRUE, CURRENT_TIMESTAMP);

INSERT INTO automation_auto_send (settings_id, purpose, enabled) SELECT id, 'ORDER_THANKS', TRUE FROM automation_settings;
INSERT INTO automation_auto_send (settings_id, purpose, enabled) SELECT id, 'PAYMENT_CONFIRMED', TRUE FROM automation_settings;
INSERT INTO automation_auto_send (settings_id, purpose, enabled) SELECT id, 'SHIPPED', TRUE FROM automation_settings;
INSERT INTO automation_auto_send (settings_id, purpose, enabled) SELECT id, 'PAYMENT_REMINDER', FALSE FROM automation_settings;
INSERT INTO automation_auto_send (settings_id, purpose, enabled) SELECT id, 'CREDIT_REJECTED', FALSE FROM automation_settings;
