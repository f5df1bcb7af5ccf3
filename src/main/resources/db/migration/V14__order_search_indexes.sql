-- 受注検索: the list is sorted by order date (newest first) within a status tab and/or a shop, and
-- filtered by tag and payment method; these indexes keep those pages and counts fast at 100,000+ orders.
CREATE INDEX ix_sales_order_status_ordered ON sales_order (status, ordered_at);
CREATE INDEX ix_sales_order_shop_status_ordered ON sales_order (shop_id, status, ordered_at);
CREATE INDEX ix_sales_order_payment ON sales_order (payment_method_code);
CREATE INDEX ix_order_tag_tag ON order_tag (tag, order_id);
