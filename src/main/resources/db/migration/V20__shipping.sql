-- 出荷: 出荷予定日, 配送業者 and 出荷日 per 送付先, and its parcels with their 荷物番号.
ALTER TABLE order_shipment ADD COLUMN carrier_code VARCHAR(20);
ALTER TABLE order_shipment ADD COLUMN planned_ship_on DATE;
ALTER TABLE order_shipment ADD COLUMN shipped_on DATE;

CREATE TABLE order_parcel (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    shipment_id     BIGINT       NOT NULL,
    seq             INT          NOT NULL,
    tracking_number VARCHAR(40)  NOT NULL,
    CONSTRAINT fk_order_parcel_shipment FOREIGN KEY (shipment_id) REFERENCES order_shipment (id)
);
CREATE INDEX ix_order_parcel_tracking ON order_parcel (tracking_number);

-- 配送業者との契約番号 printed on every label (B2 ご請求先顧客コード・分類コード・運賃管理番号, e飛伝 お客様コード).
CREATE TABLE carrier_account (
    carrier_code   VARCHAR(20)  NOT NULL PRIMARY KEY,
    customer_code  VARCHAR(20)  NOT NULL,
    class_code     VARCHAR(3)   NOT NULL,
    freight_number VARCHAR(2)   NOT NULL,
    updated_at     TIMESTAMP(6) NOT NULL
);

-- Which order went into which mall 荷物番号 upload file (R荷物, A出荷, …): an order is put in a second file only on request.
CREATE TABLE tracking_file_entry (
    order_id   BIGINT       NOT NULL,
    job_id     BIGINT       NOT NULL,
    created_at TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (order_id, job_id)
);
CREATE INDEX ix_tracking_file_entry_job ON tracking_file_entry (job_id);
