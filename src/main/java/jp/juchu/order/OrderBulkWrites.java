package jp.juchu.order;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Calendar;
import java.util.List;
import java.util.TimeZone;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The writes of the bulk steps (出荷指示, 出荷確定 for thousands of orders) as JDBC batches in the caller's transaction.
 * History keys are reserved in {@code id_block} ({@link KeyBlocks}), where Hibernate takes them from too. Times are written in UTC, as
 * Hibernate writes them ({@code hibernate.jdbc.time_zone}).
 */
@Component
class OrderBulkWrites {

    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

    private final JdbcTemplate jdbc;

    OrderBulkWrites(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void appendHistory(List<OrderHistoryEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        long firstKey = KeyBlocks.reserve(jdbc.getDataSource(), KeyBlocks.HISTORY, entries.size());
        jdbc.batchUpdate("INSERT INTO order_history (id, order_id, occurred_at, actor, kind, text) VALUES (?, ?, ?, ?, ?, ?)",
                new BatchPreparedStatementSetter() {
                    @Override
                    public void setValues(PreparedStatement statement, int i) throws SQLException {
                        OrderHistoryEntry entry = entries.get(i);
                        statement.setLong(1, firstKey + i);
                        statement.setLong(2, entry.orderId());
                        statement.setTimestamp(3, Timestamp.from(entry.getOccurredAt()), Calendar.getInstance(UTC));
                        statement.setString(4, entry.getActor());
                        statement.setString(5, entry.getKind());
                        statement.setString(6, entry.getText());
                    }

                    @Override
                    public int getBatchSize() {
                        return entries.size();
                    }
                });
    }

    /** The version an order was read at, to write it only if nobody changed it since (as JPA's {@code @Version}). */
    record VersionedId(long id, long version) {
    }

    /**
     * 出荷指示 on orders read at the given versions: keeps the first export time, stamps the change and bumps the
     * version. Each row is matched by primary key and version (a status condition makes H2 scan the status index).
     *
     * @return whether every order was still at its version
     */
    boolean markShippingInstructed(List<VersionedId> orders, Instant now) {
        Timestamp at = Timestamp.from(now);
        int[][] counts = jdbc.batchUpdate("""
                UPDATE sales_order SET shipping_exported_at = COALESCE(shipping_exported_at, ?), updated_at = ?, version = version + 1
                WHERE id = ? AND version = ?""", orders, orders.size(), (statement, order) -> {
            statement.setTimestamp(1, at, Calendar.getInstance(UTC));
            statement.setTimestamp(2, at, Calendar.getInstance(UTC));
            statement.setLong(3, order.id());
            statement.setLong(4, order.version());
        });
        return Arrays.stream(counts).flatMapToInt(Arrays::stream).allMatch(count -> count == 1 || count == Statement.SUCCESS_NO_INFO);
    }
}
