-- 入金消込: one payment per prepaid order, recorded by an operator (bulk from the list or the 入金消込 task).
CREATE TABLE payment_record (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    order_id    BIGINT       NOT NULL,
    paid_at     TIMESTAMP(6) NOT NULL,
    amount      BIGINT       NOT NULL,
    recorded_by VARCHAR(64)  NOT NULL,
    recorded_at TIMESTAMP(6) NOT NULL,
    CONSTRAINT uk_payment_record_order UNIQUE (order_id)
);

-- 後払い: the order's transaction at the 後払い provider (one row per order; re-registration after a
-- cancellation reuses the row with the next generation, so the provider sees a new 加盟店取引ID).
CREATE TABLE deferred_transaction (
    id                      BIGINT AUTO_INCREMENT PRIMARY KEY,
    order_id                BIGINT        NOT NULL,
    mall_order_number       VARCHAR(64)   NOT NULL,
    provider                VARCHAR(20)   NOT NULL,
    generation              INT           NOT NULL,
    shop_transaction_id     VARCHAR(40)   NOT NULL,
    provider_transaction_id VARCHAR(40),
    invoice_enclosed        BOOLEAN       NOT NULL,
    billed_amount           BIGINT        NOT NULL,
    status                  VARCHAR(20)   NOT NULL,
    reason                  VARCHAR(1000),
    sent_at                 TIMESTAMP(6)  NULL,
    csv_exported_at         TIMESTAMP(6)  NULL,
    credit_result_at        TIMESTAMP(6)  NULL,
    carrier_code            VARCHAR(10),
    slip_no                 VARCHAR(40),
    shipment_requested_at   TIMESTAMP(6)  NULL,
    shipment_reported_at    TIMESTAMP(6)  NULL,
    cancelled_at            TIMESTAMP(6)  NULL,
    registered_by           VARCHAR(64)   NOT NULL,
    created_at              TIMESTAMP(6)  NOT NULL,
    updated_at              TIMESTAMP(6)  NOT NULL,
    version                 BIGINT        NOT NULL,
    CONSTRAINT uk_deferred_transaction_order UNIQUE (order_id),
    CONSTRAINT uk_deferred_transaction_shop_tx UNIQUE (provider, shop_transaction_id)
);
CREATE INDEX ix_deferred_transaction_status ON deferred_transaction (provider, status, id);

-- 後払い設定: per provider; NP後払い's SPコード and 端末ID are stored sealed (AES-GCM, see ProviderSecretCipher).
CREATE TABLE deferred_provider_setting (
    id                       BIGINT AUTO_INCREMENT PRIMARY KEY,
    provider                 VARCHAR(20)   NOT NULL,
    invoice_enclosed_default BOOLEAN       NOT NULL,
    merchant_code            VARCHAR(100),
    sp_code_sealed           VARCHAR(1000),
    terminal_id_sealed       VARCHAR(1000),
    updated_by               VARCHAR(64)   NOT NULL,
    updated_at               TIMESTAMP(6)  NOT NULL,
    CONSTRAINT uk_deferred_provider_setting UNIQUE (provider)
);
