package jp.juchu.engine;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * When no engine client secret is configured, generates a random one for this process, before any bean
 * reads it. The engine's security chain and the app's Camunda client ({@code camunda.client.auth.password:
 * ${juchu.engine.client-secret}}) resolve the same property, so both sides agree without a secret in the
 * repository. Several app instances on one database each talk to their own engine, so per-process secrets
 * are enough; set {@code JUCHU_ENGINE_CLIENT_SECRET} to call the engine from outside.
 */
public class EngineCredentialsEnvironmentPostProcessor implements EnvironmentPostProcessor {

    static final String SECRET_PROPERTY = "juchu.engine.client-secret";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String configured = environment.getProperty(SECRET_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return;
        }
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        environment.getPropertySources().addFirst(
                new MapPropertySource("juchuGeneratedEngineSecret", Map.of(SECRET_PROPERTY, secret)));
    }
}
