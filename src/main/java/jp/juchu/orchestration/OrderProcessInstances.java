package jp.juchu.orchestration;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
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
        List<Long> keys = jdbc.queryForList("SELECT process_instance_key FROM order_process_instance "
                + "WHERE order_id = :order AND process_instance_key IS NOT NULL", Map.of("order", orderId), Long.class);
        return keys.stream().findFirst();
    }

    /**
     * Claims the order for starting its process, inside the caller's transaction: a concurrent claim of the same
     * order waits on the row and then fails, so only one caller creates the instance.
     *
     * @return false when the order already has (or is getting) its instance
     */
    boolean claim(long orderId, Instant startedAt) {
        try {
            jdbc.update("INSERT INTO order_process_instance (order_id, started_at) VALUES (:order, :at)",
                    Map.of("order", orderId, "at", Timestamp.from(startedAt)));
            return true;
        } catch (DuplicateKeyException alreadyClaimed) {
            return false;
        }
    }

    void record(long orderId, long processInstanceKey) {
        jdbc.update("UPDATE order_process_instance SET process_instance_key = :key WHERE order_id = :order",
                Map.of("order", orderId, "key", processInstanceKey));
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
