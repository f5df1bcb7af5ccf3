package jp.juchu.orchestration;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** Which process instance belongs to which order (one per order). */
@Repository
class OrderProcessInstances {

    private final NamedParameterJdbcTemplate jdbc;

    OrderProcessInstances(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Long> instanceOf(long orderId) {
        List<Long> keys = jdbc.queryForList("SELECT process_instance_key FROM order_process_instance WHERE order_id = :order",
                Map.of("order", orderId), Long.class);
        return keys.stream().findFirst();
    }

    void record(long orderId, long processInstanceKey, Instant startedAt) {
        jdbc.update("INSERT INTO order_process_instance (order_id, process_instance_key, started_at) VALUES (:order, :key, :at)",
                Map.of("order", orderId, "key", processInstanceKey, "at", Timestamp.from(startedAt)));
    }

    /** Order ids by process instance key, for the instances given. */
    Map<Long, Long> ordersOf(Collection<Long> processInstanceKeys) {
        Map<Long, Long> orders = new HashMap<>();
        if (processInstanceKeys.isEmpty()) {
            return orders;
        }
        jdbc.query("SELECT order_id, process_instance_key FROM order_process_instance WHERE process_instance_key IN (:keys)",
                Map.of("keys", processInstanceKeys),
                row -> {
                    orders.put(row.getLong("process_instance_key"), row.getLong("order_id"));
                });
        return orders;
    }
}
