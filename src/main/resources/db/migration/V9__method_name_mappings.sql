-- Per-shop mapping of the names a mall uses to our 支払方法 / 配送方法 (several names per method).
-- kind = PAYMENT | DELIVERY, method_code = payment_method.code or delivery_method.code (codes never change).
-- Names are compared in the application after NFKC normalisation, so there is deliberately no unique
-- index on them (a case/kana-insensitive database collation would report false duplicates).
CREATE TABLE method_name_mapping (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    shop_id     BIGINT       NOT NULL,
    kind        VARCHAR(10)  NOT NULL,
    method_code VARCHAR(30)  NOT NULL,
    mall_name   VARCHAR(100) NOT NULL,
    sort_order  INT          NOT NULL,
    CONSTRAINT fk_method_name_mapping_shop FOREIGN KEY (shop_id) REFERENCES shop (id) ON DELETE CASCADE
);
CREATE INDEX ix_method_name_mapping_shop ON method_name_mapping (shop_id, kind);
CREATE INDEX ix_method_name_mapping_method ON method_name_mapping (kind, method_code);

-- 楽天ペイ決済手段 for the shop's "その他決済方法" (user-added) methods; only used for 楽天市場 shops.
CREATE TABLE shop_payment_setting (
    id                     BIGINT AUTO_INCREMENT PRIMARY KEY,
    shop_id                BIGINT      NOT NULL,
    rakuten_pay_settlement VARCHAR(20) NOT NULL,
    CONSTRAINT uk_shop_payment_setting_shop UNIQUE (shop_id),
    CONSTRAINT fk_shop_payment_setting_shop FOREIGN KEY (shop_id) REFERENCES shop (id) ON DELETE CASCADE
);
