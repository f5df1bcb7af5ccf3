package jp.juchu.order;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Calendar;
import java.util.List;
import java.util.TimeZone;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Appends many 受注履歴 rows at once in the caller's transaction. History keys are AUTO_INCREMENT, which Hibernate
 * inserts one statement at a time; the bulk steps (出荷指示, 出荷確定 for thousands of orders) write them as one
 * JDBC batch instead. Times are written in UTC, as Hibernate writes them ({@code hibernate.jdbc.time_zone}).
 */
@Component
class HistoryBatch {

    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

    private final JdbcTemplate jdbc;

    HistoryBatch(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void append(List<OrderHistoryEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("INSERT INTO order_history (order_id, occurred_at, actor, kind, text) VALUES (?, ?, ?, ?, ?)",
                new BatchPreparedStatementSetter() {
                    @Override
                    public void setValues(PreparedStatement statement, int i) throws SQLException {
                        OrderHistoryEntry entry = entries.get(i);
                        statement.setLong(1, entry.orderId());
                        statement.setTimestamp(2, Timestamp.from(entry.getOccurredAt()), Calendar.getInstance(UTC));
                        statement.setString(3, entry.getActor());
                        statement.setString(4, entry.getKind());
                        statement.setString(5, entry.getText());
                    }

                    @Override
                    public int getBatchSize() {
                        return entries.size();
                    }
                });
    }
}
