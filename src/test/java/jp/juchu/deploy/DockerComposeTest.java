package jp.juchu.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** No Docker engine runs here, so the compose stack is checked by reading it: services, ports, wiring, secrets. */
class DockerComposeTest {

    private static final Map<String, Object> COMPOSE = load(Path.of("docker-compose.yml"));

    @Test
    void hasTheThreePartsOfTheStack() {
        assertThat(services()).containsKeys("mysql", "orchestration", "app");
        assertThat(image("mysql")).isEqualTo("mysql:8.4");
        assertThat(image("orchestration")).startsWith("camunda/camunda:").doesNotEndWith(":latest")
                .contains("8.8.");
    }

    @Test
    void publishesTheUsualPorts() {
        assertThat(ports("app")).contains("8080:8080");
        assertThat(ports("mysql")).contains("3306:3306");
        assertThat(ports("orchestration")).contains("26500:26500").anyMatch(p -> p.endsWith(":8080"));
    }

    @Test
    void wiresTheAppToMysqlAndCamundaWithTheEmbeddedEngineOff() {
        Map<String, Object> env = environment("app");
        assertThat((String) env.get("SPRING_PROFILES_ACTIVE")).contains("mysql").contains("camunda");
        assertThat((String) env.get("JUCHU_DB_URL")).startsWith("jdbc:mysql://mysql:3306/");
        assertThat(env).containsKeys("JUCHU_DB_USER", "JUCHU_DB_PASSWORD", "JUCHU_SECRET_KEY", "JUCHU_ADMIN_PASSWORD");
        assertThat((String) env.get("CAMUNDA_REST_ADDRESS")).isEqualTo("http://orchestration:8080");
        assertThat(dependsOn("app")).contains("mysql", "orchestration");
        assertThat(service("app")).containsKey("build");
        assertThat(Files.exists(Path.of("Dockerfile"))).isTrue();
    }

    @Test
    void theAppReadsEveryVariableTheStackSets() throws IOException {
        String config = Files.readString(Path.of("src/main/resources/application.yml"));
        for (String variable : List.of("JUCHU_DB_URL", "JUCHU_DB_USER", "JUCHU_DB_PASSWORD", "JUCHU_SECRET_KEY",
                "JUCHU_ADMIN_PASSWORD", "JUCHU_SMTP_HOST", "CAMUNDA_REST_ADDRESS")) {
            assertThat(config).as("application.yml reads %s", variable).contains("${" + variable);
        }
    }

    @Test
    void keepsNoSecretInTheFile() {
        services().forEach((name, definition) -> environmentOf(definition).forEach((key, value) -> {
            if (key.contains("PASSWORD") || key.contains("SECRET")) {
                assertThat(String.valueOf(value)).as("%s.%s must come from the environment", name, key).startsWith("${");
            }
        }));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> services() {
        return (Map<String, Object>) COMPOSE.get("services");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> service(String name) {
        return (Map<String, Object>) services().get(name);
    }

    private static String image(String name) {
        return (String) service(name).get("image");
    }

    @SuppressWarnings("unchecked")
    private static List<String> ports(String name) {
        return (List<String>) service(name).get("ports");
    }

    private static Map<String, Object> environment(String name) {
        return environmentOf(service(name));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> environmentOf(Object definition) {
        Object env = ((Map<String, Object>) definition).get("environment");
        return env == null ? Map.of() : (Map<String, Object>) env;
    }

    @SuppressWarnings("unchecked")
    private static java.util.Set<String> dependsOn(String name) {
        return ((Map<String, Object>) service(name).get("depends_on")).keySet();
    }

    private static Map<String, Object> load(Path file) {
        try (Reader reader = Files.newBufferedReader(file)) {
            return new Yaml().load(reader);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
