package jp.juchu.order;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Orders, shipments, lines, parcels and history entries take their keys from the {@code id_block} table in blocks of
 * {@link #BLOCK} (Hibernate's pooled table generator) instead of IDENTITY columns: with IDENTITY every insert is its
 * own statement, executed at once because the key is known only afterwards, and it forces out every insert queued
 * before it; with a block of keys in hand, an import of thousands of orders inserts them in JDBC batches.
 *
 * <p>Nothing may insert into these tables without a key from here: JDBC bulk writes {@link #reserve} theirs.
 */
@Component
class PooledKeys {

    /** Must match the headroom the V22 migration leaves above the existing keys. */
    static final int BLOCK = 100;

    static final String HISTORY = "order_history";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;

    PooledKeys(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Reserves {@code count} consecutive keys of {@code table} and returns the first. Hibernate hands out the block
     * below the value it reads, so everything it has handed out is below the current value: the reserved keys start
     * there, and the value moves a block past them for Hibernate's next read. In a transaction of its own, so the
     * block row is not held locked until the caller commits (Hibernate reads it on a connection of its own).
     */
    long reserve(String table, int count) {
        Long first = ownTransaction.execute(status -> {
            Long next = jdbc.queryForObject("SELECT next_val FROM id_block WHERE name = ? FOR UPDATE", Long.class, table);
            if (next == null) {
                throw new IllegalStateException("id_block has no row for " + table);
            }
            jdbc.update("UPDATE id_block SET next_val = ? WHERE name = ?", next + count + BLOCK, table);
            return next;
        });
        return first;
    }
}
