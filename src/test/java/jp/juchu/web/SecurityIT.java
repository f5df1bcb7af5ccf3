package jp.juchu.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import jp.juchu.support.ApiClient;
import jp.juchu.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class SecurityIT {

    @LocalServerPort
    int port;

    @Test
    void healthIsPublicAndUp() {
        ApiClient.Response health = ApiClient.anonymous(port).get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().path("status").asText()).isEqualTo("UP");
    }

    @Test
    void otherActuatorEndpointsNeedAnAdmin() {
        assertThat(ApiClient.anonymous(port).get("/actuator/metrics").status()).isEqualTo(401);
        assertThat(ApiClient.admin(port).get("/actuator/metrics").status()).isEqualTo(200);
    }

    @Test
    void apiWithoutCredentialsAnswers401InJson() {
        ApiClient.Response response = ApiClient.anonymous(port).get("/api/users");
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json().path("error").asText()).isEqualTo("unauthorized");
    }

    @Test
    void wrongPasswordIsRefused() {
        assertThat(ApiClient.as(port, "admin", "wrong-password").get("/api/users").status()).isEqualTo(401);
    }

    @Test
    void screensRedirectToTheLoginPage() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void loginPageIsServedWithACsrfToken() {
        ApiClient.Response page = ApiClient.anonymous(port).get("/login");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("ログイン").contains("name=\"_csrf\"");
    }

    @Test
    void operatorsCannotManageUsers() {
        String name = "op-" + UUID.randomUUID().toString().substring(0, 8);
        ApiClient admin = ApiClient.admin(port);
        assertThat(admin.post("/api/users", Map.of("username", name, "displayName", "受注 太郎",
                "password", "operator-password", "role", "OPERATOR")).status()).isEqualTo(201);

        ApiClient operator = ApiClient.as(port, name, "operator-password");
        ApiClient.Response denied = operator.get("/api/users");
        assertThat(denied.status()).isEqualTo(403);
        assertThat(denied.json().path("error").asText()).isEqualTo("forbidden");
    }

    @Test
    void weakPasswordIsRejectedWithAFieldMessage() {
        ApiClient.Response response = ApiClient.admin(port).post("/api/users", Map.of("username", "weak-" + UUID.randomUUID().toString().substring(0, 6),
                "displayName", "弱い", "password", "short", "role", "OPERATOR"));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("field").asText()).isEqualTo("password");
        assertThat(response.json().path("message").asText()).contains("10文字以上");
    }

    @Test
    void operatorsMayImportOrdersButNotChangeTheCautionList() {
        String name = "op-" + UUID.randomUUID().toString().substring(0, 8);
        ApiClient.admin(port).post("/api/users", Map.of("username", name, "displayName", "取込 担当",
                "password", "operator-password", "role", "OPERATOR"));
        ApiClient operator = ApiClient.as(port, name, "operator-password");

        assertThat(operator.post("/api/shops/NO-SUCH-SHOP/order-imports", Map.of()).status()).isNotIn(401, 403);
        assertThat(operator.post("/api/caution-customers", Map.of("name", "x")).status()).isEqualTo(403);
        assertThat(operator.put("/api/shops/NO-SUCH-SHOP", Map.of()).status()).isEqualTo(403);
    }
}
