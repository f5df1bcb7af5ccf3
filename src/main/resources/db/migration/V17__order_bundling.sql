-- 同梱: a parent order takes over the lines of its children (sales_order.parent_order_id points from each child
-- to its parent). Each taken-over line remembers the child it came from, for 納品書 and the per-order reports.
ALTER TABLE order_line ADD COLUMN bundled_from_order_id BIGINT NULL;
ALTER TABLE order_line ADD CONSTRAINT fk_order_line_bundled_from FOREIGN KEY (bundled_from_order_id) REFERENCES sales_order (id);
CREATE INDEX ix_sales_order_parent ON sales_order (parent_order_id);
