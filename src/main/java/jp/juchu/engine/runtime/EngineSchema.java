package jp.juchu.engine.runtime;

import javax.sql.DataSource;
import jp.juchu.engine.ConditionalOnEmbeddedEngine;
import org.flywaydb.core.Flyway;
import org.springframework.stereotype.Component;

/**
 * Migrates the engine's own tables ({@code classpath:db/engine}, history in {@code engine_schema_history}) with a
 * Flyway instance of its own, independent of the application's Flyway. Deliberately not a {@code Flyway} bean:
 * that would switch off Spring Boot's Flyway for the application schema. Engine components depend on this bean,
 * so the schema exists before the engine starts.
 */
@Component
@ConditionalOnEmbeddedEngine
public class EngineSchema {

    public EngineSchema(DataSource dataSource) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/engine")
                .table("engine_schema_history")
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
    }
}
