-- 受注: the order aggregate (header, 送付先 = shipments, lines), its open check flags, tags and history.
CREATE TABLE sales_order (
    id                        BIGINT AUTO_INCREMENT PRIMARY KEY,
    shop_id                   BIGINT        NOT NULL,
    mall_order_number         VARCHAR(64)   NOT NULL,
    source                    VARCHAR(20)   NOT NULL,
    ordered_at                TIMESTAMP(6)  NOT NULL,
    mall_status_raw           VARCHAR(100),
    status                    VARCHAR(20)   NOT NULL,
    manual_progress           BOOLEAN       NOT NULL,
    orderer_name              VARCHAR(100)  NOT NULL,
    orderer_kana              VARCHAR(100),
    orderer_postal_code       VARCHAR(8),
    orderer_prefecture        VARCHAR(10),
    orderer_address1          VARCHAR(200),
    orderer_address2          VARCHAR(200),
    orderer_phone             VARCHAR(20),
    orderer_email             VARCHAR(254),
    payment_method_code       VARCHAR(40),
    payment_method_raw        VARCHAR(100),
    payment_category          VARCHAR(20),
    goods_total               BIGINT        NOT NULL,
    tax_8                     BIGINT        NOT NULL,
    tax_10                    BIGINT        NOT NULL,
    shipping_fee              BIGINT        NOT NULL,
    cod_fee                   BIGINT        NOT NULL,
    wrapping_fee              BIGINT        NOT NULL,
    points_used               BIGINT        NOT NULL,
    coupon_shop               BIGINT        NOT NULL,
    coupon_mall               BIGINT        NOT NULL,
    billed_total              BIGINT        NOT NULL,
    gift_requested            BOOLEAN       NOT NULL,
    wrapping                  VARCHAR(200),
    comments                  TEXT,
    shop_memo                 TEXT,
    mall_confirming           BOOLEAN       NOT NULL,
    mall_warning              VARCHAR(100),
    remote_island             BOOLEAN       NOT NULL,
    mall_content_hash         VARCHAR(64),
    shipping_exported_at      TIMESTAMP(6)  NULL,
    parent_order_id           BIGINT,
    created_at                TIMESTAMP(6)  NOT NULL,
    updated_at                TIMESTAMP(6)  NOT NULL,
    version                   BIGINT        NOT NULL,
    CONSTRAINT uk_sales_order_mall_number UNIQUE (shop_id, mall_order_number),
    CONSTRAINT fk_sales_order_shop FOREIGN KEY (shop_id) REFERENCES shop (id)
);
CREATE INDEX ix_sales_order_status ON sales_order (status, id);
CREATE INDEX ix_sales_order_ordered ON sales_order (ordered_at);
CREATE INDEX ix_sales_order_phone ON sales_order (orderer_phone);
CREATE INDEX ix_sales_order_email ON sales_order (orderer_email);
CREATE INDEX ix_sales_order_name ON sales_order (orderer_name);

CREATE TABLE order_shipment (
    id                      BIGINT AUTO_INCREMENT PRIMARY KEY,
    order_id                BIGINT        NOT NULL,
    seq                     INT           NOT NULL,
    mall_shipment_id        VARCHAR(64),
    recipient_name          VARCHAR(100)  NOT NULL,
    recipient_kana          VARCHAR(100),
    postal_code             VARCHAR(8),
    prefecture              VARCHAR(10),
    address1                VARCHAR(200),
    address2                VARCHAR(200),
    phone                   VARCHAR(20),
    delivery_method_code    VARCHAR(40),
    delivery_method_raw     VARCHAR(100),
    requested_date          DATE,
    requested_time_slot     VARCHAR(20),
    noshi                   VARCHAR(200),
    shipping_fee            BIGINT        NOT NULL,
    cod_fee                 BIGINT        NOT NULL,
    goods_total             BIGINT        NOT NULL,
    CONSTRAINT fk_order_shipment_order FOREIGN KEY (order_id) REFERENCES sales_order (id),
    CONSTRAINT uk_order_shipment_seq UNIQUE (order_id, seq)
);

CREATE TABLE order_line (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    shipment_id    BIGINT        NOT NULL,
    seq            INT           NOT NULL,
    item_id        VARCHAR(100),
    item_number    VARCHAR(100),
    item_name      VARCHAR(400)  NOT NULL,
    options        VARCHAR(1000),
    unit_price     BIGINT        NOT NULL,
    quantity       INT           NOT NULL,
    tax_rate       INT           NOT NULL,
    CONSTRAINT fk_order_line_shipment FOREIGN KEY (shipment_id) REFERENCES order_shipment (id),
    CONSTRAINT uk_order_line_seq UNIQUE (shipment_id, seq)
);

CREATE TABLE order_flag (
    order_id  BIGINT        NOT NULL,
    flag      VARCHAR(40)   NOT NULL,
    reason    VARCHAR(500)  NOT NULL,
    raised_at TIMESTAMP(6)  NOT NULL,
    PRIMARY KEY (order_id, flag),
    CONSTRAINT fk_order_flag_order FOREIGN KEY (order_id) REFERENCES sales_order (id)
);
CREATE INDEX ix_order_flag_flag ON order_flag (flag, order_id);

CREATE TABLE order_tag (
    order_id BIGINT      NOT NULL,
    tag      VARCHAR(50) NOT NULL,
    PRIMARY KEY (order_id, tag),
    CONSTRAINT fk_order_tag_order FOREIGN KEY (order_id) REFERENCES sales_order (id)
);

CREATE TABLE order_history (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    order_id   BIGINT        NOT NULL,
    occurred_at TIMESTAMP(6) NOT NULL,
    actor      VARCHAR(64)   NOT NULL,
    kind       VARCHAR(30)   NOT NULL,
    text       VARCHAR(2000) NOT NULL,
    CONSTRAINT fk_order_history_order FOREIGN KEY (order_id) REFERENCES sales_order (id)
);
CREATE INDEX ix_order_history_order ON order_history (order_id, id);
