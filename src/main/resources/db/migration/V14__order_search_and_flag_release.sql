-- 受注検索: the list is sorted by order date (newest first) within a status tab and/or a shop, and
-- filtered by tag and payment method; these indexes keep those pages and counts fast at 100,000+ orders.
CREATE INDEX ix_sales_order_status_ordered ON sales_order (status, ordered_at);
CREATE INDEX ix_sales_order_shop_status_ordered ON sales_order (shop_id, status, ordered_at);
CREATE INDEX ix_sales_order_payment ON sales_order (payment_method_code);
CREATE INDEX ix_order_tag_tag ON order_tag (tag, order_id);

-- 警告解除: a flag a person released (要注意顧客, モール警告, …) with the reason it had then; a later check run
-- that finds the same reason again does not stop the order a second time.
CREATE TABLE order_flag_release (
    order_id    BIGINT        NOT NULL,
    flag        VARCHAR(40)   NOT NULL,
    reason      VARCHAR(500)  NOT NULL,
    released_by VARCHAR(64)   NOT NULL,
    released_at TIMESTAMP(6)  NOT NULL,
    PRIMARY KEY (order_id, flag),
    CONSTRAINT fk_order_flag_release_order FOREIGN KEY (order_id) REFERENCES sales_order (id)
);
