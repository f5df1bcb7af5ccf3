package jp.juchu.engine.runtime;

import jp.juchu.engine.ConditionalOnEmbeddedEngine;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands out unique keys (Zeebe's partition-1 key range) in blocks reserved in their own short transaction,
 * so a key costs no round trip and several app instances on one database never collide.
 */
@Component
@ConditionalOnEmbeddedEngine
public class KeyGenerator {

    private static final int BLOCK = 1000;

    private final JdbcClient jdbc;
    private final TransactionTemplate newTransaction;
    private long next;
    private long limit;

    KeyGenerator(JdbcClient jdbc, DataSource dataSource, EngineSchema schema) {
        this.jdbc = jdbc;
        this.newTransaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public synchronized long next() {
        if (next >= limit) {
            Long start = newTransaction.execute(status -> {
                long current = jdbc.sql("SELECT next_key FROM engine_key WHERE id = 1 FOR UPDATE")
                        .query(Long.class).single();
                jdbc.sql("UPDATE engine_key SET next_key = ? WHERE id = 1").param(current + BLOCK).update();
                return current;
            });
            next = start;
            limit = start + BLOCK;
        }
        return next++;
    }
}
