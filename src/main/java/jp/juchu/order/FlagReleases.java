package jp.juchu.order;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 警告解除 that a person made, with the reason the flag had then. Checks consult it, so a flag found
 * again for the same reason (the same 要注意顧客 entry, the same モール警告) stays released, whoever
 * runs the checks (a fix, a mall update, the process); a new reason stops the order again.
 */
@Component
class FlagReleases {

    private final JdbcClient jdbc;
    private final Clock clock;

    FlagReleases(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Map<CheckFlag, String> of(long orderId) {
        Map<CheckFlag, String> released = new EnumMap<>(CheckFlag.class);
        jdbc.sql("SELECT flag, reason FROM order_flag_release WHERE order_id = :id")
                .param("id", orderId)
                .query((rs, i) -> Map.entry(CheckFlag.valueOf(rs.getString("flag")), rs.getString("reason")))
                .list()
                .forEach(e -> released.put(e.getKey(), e.getValue()));
        return released;
    }

    void record(long orderId, CheckFlag flag, String reason, String releasedBy) {
        jdbc.sql("DELETE FROM order_flag_release WHERE order_id = :id AND flag = :flag")
                .param("id", orderId).param("flag", flag.name()).update();
        jdbc.sql("INSERT INTO order_flag_release (order_id, flag, reason, released_by, released_at)"
                        + " VALUES (:id, :flag, :reason, :by, :at)")
                .param("id", orderId).param("flag", flag.name()).param("reason", reason)
                .param("by", releasedBy)
                .param("at", LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .update();
    }

    /** What a check run found, less what a person already released for the same reason. */
    Map<CheckFlag, String> withoutReleased(long orderId, Map<CheckFlag, String> found) {
        if (found.isEmpty()) {
            return found;
        }
        Map<CheckFlag, String> released = of(orderId);
        Map<CheckFlag, String> open = new EnumMap<>(CheckFlag.class);
        found.forEach((flag, reason) -> {
            if (!reason.equals(released.get(flag))) {
                open.put(flag, reason);
            }
        });
        return open;
    }
}
