-- Keys of orders, shipments, lines, parcels and history entries come in blocks from this table instead of
-- AUTO_INCREMENT, so their inserts can be batched (jp.juchu.order.KeyBlocks). next_val is the next free key; it starts
-- one block (100) above the highest existing key.
CREATE TABLE id_block (
    name     VARCHAR(64) NOT NULL PRIMARY KEY,
    next_val BIGINT      NOT NULL
);

INSERT INTO id_block (name, next_val) SELECT 'sales_order', COALESCE(MAX(id), 0) + 101 FROM sales_order;
INSERT INTO id_block (name, next_val) SELECT 'order_shipment', COALESCE(MAX(id), 0) + 101 FROM order_shipment;
INSERT INTO id_block (name, next_val) SELECT 'order_line', COALESCE(MAX(id), 0) + 101 FROM order_line;
INSERT INTO id_block (name, next_val) SELECT 'order_parcel', COALESCE(MAX(id), 0) + 101 FROM order_parcel;
INSERT INTO id_block (name, next_val) SELECT 'order_history', COALESCE(MAX(id), 0) + 101 FROM order_history;
