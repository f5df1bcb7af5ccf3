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
