package jp.juchu.engine.runtime;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import jp.juchu.engine.ConditionalOnEmbeddedEngine;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The engine's connections: a pool of its own on the application's database (not a {@code DataSource} bean, which
 * would switch off Spring Boot's data source for the application).
 *
 * <p>Why a pool of its own: engine commands run at READ COMMITTED (after waiting for an instance lock a command
 * must see what the previous holder committed), and a pool whose connections already are READ COMMITTED saves
 * the isolation and autocommit round trips per command that switching a shared pool's connections costs on
 * MySQL/MariaDB;
 * and the application's JPA work can never take the connections the engine's job workers are waiting for.
 * On MySQL/MariaDB the driver keeps session state locally, which saves a round trip for every state check.
 */
@Component
@ConditionalOnEmbeddedEngine
public class EngineDatabase implements AutoCloseable {

    private final HikariDataSource pool;
    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate namedJdbc;
    private final TransactionTemplate commands;

    EngineDatabase(DataSource applicationDataSource, ObjectProvider<DataSourceProperties> properties,
            @Value("${juchu.engine.pool-size:10}") int poolSize, EngineSchema migratedFirst) {
        DataSourceProperties settings = properties.getIfAvailable();
        this.pool = settings == null || settings.determineUrl() == null ? null : pool(settings, poolSize);
        this.dataSource = pool != null ? pool : applicationDataSource;
        this.jdbc = JdbcClient.create(dataSource);
        this.namedJdbc = new NamedParameterJdbcTemplate(dataSource);
        this.commands = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.commands.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
    }

    private static HikariDataSource pool(DataSourceProperties settings, int poolSize) {
        HikariDataSource pool = settings.initializeDataSourceBuilder().type(HikariDataSource.class).build();
        pool.setPoolName("juchu-engine");
        pool.setMaximumPoolSize(poolSize);
        pool.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        // Every engine write runs in a command transaction; reads outside one are rolled back on return.
        pool.setAutoCommit(false);
        String url = settings.determineUrl();
        if (url.startsWith("jdbc:mysql:") || url.startsWith("jdbc:mariadb:")) {
            pool.addDataSourceProperty("useLocalSessionState", "true");
            pool.addDataSourceProperty("useLocalTransactionState", "true");
            pool.addDataSourceProperty("cacheServerConfiguration", "true");
            pool.addDataSourceProperty("maintainTimeStats", "false");
        }
        return pool;
    }

    public JdbcClient jdbc() {
        return jdbc;
    }

    NamedParameterJdbcTemplate namedJdbc() {
        return namedJdbc;
    }

    /** The template every engine command runs in: one transaction at READ COMMITTED. */
    TransactionTemplate commands() {
        return commands;
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.close();
        }
    }
}
