package jp.juchu.engine.runtime;

import javax.sql.DataSource;
import jp.juchu.engine.ConditionalOnEmbeddedEngine;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands out unique keys (Zeebe's partition-1 key range) in blocks reserved in their own short transaction,
 * so a key costs no round trip and several app instances on one database never collide.
 *
 * <p>The reservation uses its own connection, opened outside the shared pool: the thread that runs out of keys
 * already holds a pooled connection for its command, and under load the other threads hold the rest of the
 * pool while they wait for this monitor, so taking a second pooled connection here would wait for ever.
 */
@Component
@ConditionalOnEmbeddedEngine
public class KeyGenerator {

    private static final int BLOCK = 1000;

    private final JdbcClient jdbc;
    private final TransactionTemplate newTransaction;
    private long next;
    private long limit;

    KeyGenerator(DataSource dataSource, ObjectProvider<DataSourceProperties> properties, EngineSchema schema) {
        DataSource reservations = outsideThePool(dataSource, properties.getIfAvailable());
        this.jdbc = JdbcClient.create(reservations);
        this.newTransaction = new TransactionTemplate(new DataSourceTransactionManager(reservations));
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    private static DataSource outsideThePool(DataSource pooled, DataSourceProperties properties) {
        if (properties == null || properties.determineUrl() == null) {
            return pooled;
        }
        return properties.initializeDataSourceBuilder().type(SimpleDriverDataSource.class).build();
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
