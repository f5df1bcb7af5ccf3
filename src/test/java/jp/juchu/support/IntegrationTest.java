package jp.juchu.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * A full application on a random port against the test database: in-memory H2 by default, MariaDB
 * through Connector/J in the MariaDB suite. Tests must not assume an empty database (the MariaDB
 * suite shares one): create their own data with unique names and assert on that.
 * Every IT has the same configuration (stand-ins from {@link StandIns}, MockMvc), so they all share one
 * cached context: one set of job workers polls the engine.
 */
@AutoConfigureMockMvc
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public @interface IntegrationTest {
}
