-- 要注意顧客: customers whose orders stop at 確認待, matched by phone, e-mail or name + postal code (normalised keys).
CREATE TABLE caution_customer (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    name          VARCHAR(100),
    name_key      VARCHAR(100),
    postal_code   VARCHAR(7),
    phone         VARCHAR(20),
    email         VARCHAR(254),
    warning_text  VARCHAR(500)  NOT NULL,
    active        BOOLEAN       NOT NULL,
    created_at    TIMESTAMP(6)  NOT NULL
);
CREATE INDEX ix_caution_customer_phone ON caution_customer (phone);
CREATE INDEX ix_caution_customer_email ON caution_customer (email);
CREATE INDEX ix_caution_customer_name ON caution_customer (name_key, postal_code);
