-- 連携ショップ (settings module "shop"). API credentials live in shop_credential as AES-GCM
-- ciphertext only; the key is outside the database (juchu.secret-key or the key file).
CREATE TABLE shop (
    id                     BIGINT AUTO_INCREMENT PRIMARY KEY,
    code                   VARCHAR(20)  NOT NULL,
    mall                   VARCHAR(20)  NOT NULL,
    name                   VARCHAR(100) NOT NULL,
    short_name             VARCHAR(20)  NOT NULL,
    url                    VARCHAR(255) NOT NULL DEFAULT '',
    manager_name           VARCHAR(50)  NOT NULL DEFAULT '',
    sender_email           VARCHAR(254) NOT NULL DEFAULT '',
    rakuten_anonymous_mail BOOLEAN      NOT NULL DEFAULT FALSE,
    order_intake_enabled   BOOLEAN      NOT NULL DEFAULT FALSE,
    cancelled_orders       VARCHAR(30)  NOT NULL DEFAULT 'REGISTER_AS_CANCELLED',
    license_key_expires_on DATE,
    version                BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_shop_code UNIQUE (code)
);

CREATE TABLE shop_credential (
    shop_id         BIGINT        NOT NULL,
    credential_name VARCHAR(40)   NOT NULL,
    encrypted_value VARCHAR(2000) NOT NULL,
    CONSTRAINT pk_shop_credential PRIMARY KEY (shop_id, credential_name),
    CONSTRAINT fk_shop_credential_shop FOREIGN KEY (shop_id) REFERENCES shop (id)
);
