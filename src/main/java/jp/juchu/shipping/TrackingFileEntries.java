package jp.juchu.shipping;

import java.time.Clock;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which orders already went into a mall 荷物番号 file (table {@code tracking_file_entry}). */
@Repository
class TrackingFileEntries {

    private final JdbcClient jdbc;
    private final Clock clock;

    TrackingFileEntries(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Set<Long> alreadyInAFile(Collection<Long> orderIds) {
        if (orderIds.isEmpty()) {
            return Set.of();
        }
        Set<Long> found = new HashSet<>();
        List<Long> ids = List.copyOf(orderIds);
        for (int from = 0; from < ids.size(); from += 1000) {
            found.addAll(jdbc.sql("SELECT DISTINCT order_id FROM tracking_file_entry WHERE order_id IN (:ids)")
                    .param("ids", ids.subList(from, Math.min(ids.size(), from + 1000)))
                    .query(Long.class).list());
        }
        return found;
    }

    void record(long jobId, Collection<Long> orderIds) {
        Timestamp now = Timestamp.from(clock.instant());
        for (long orderId : orderIds) {
            jdbc.sql("INSERT INTO tracking_file_entry (order_id, job_id, created_at) VALUES (:order, :job, :now)")
                    .param("order", orderId).param("job", jobId).param("now", now).update();
        }
    }
}
