-- 保留: the status an order returns to on 保留解除 (moves the process decides while the order is held land here).
ALTER TABLE sales_order ADD COLUMN status_before_hold VARCHAR(20) NULL;

-- One process instance per order (orchestration): found without asking the engine, started at most once
-- (the row is claimed before the instance is created, so two concurrent starts cannot both create one).
CREATE TABLE order_process_instance (
    order_id              BIGINT       NOT NULL PRIMARY KEY,
    process_instance_key  BIGINT       NULL,
    started_at            TIMESTAMP(6) NOT NULL
);
CREATE INDEX ix_order_process_instance_key ON order_process_instance (process_instance_key);
