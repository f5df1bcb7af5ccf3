package jp.juchu.shop.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import jp.juchu.support.ApiClient;

/** Creates a fresh OPERATOR through the users API, and reads the operation log. */
final class SettingsTestUsers {

    static final String OPERATOR_PASSWORD = "operator-password-1";

    private SettingsTestUsers() {
    }

    static String newOperator(int port) {
        String name = "op-" + UUID.randomUUID().toString().substring(0, 8);
        ApiClient.Response created = ApiClient.admin(port).post("/api/users", Map.of("username", name, "displayName", "受注 花子",
                "password", OPERATOR_PASSWORD, "role", "OPERATOR"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return name;
    }

    static ApiClient.Response operationLog(int port, String area) {
        return ApiClient.admin(port).get("/api/operation-log?size=50&area=" + URLEncoder.encode(area, StandardCharsets.UTF_8));
    }
}
