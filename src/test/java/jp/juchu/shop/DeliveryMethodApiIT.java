package jp.juchu.shop;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import jp.juchu.audit.OperationLog;
import jp.juchu.support.ApiClient;
import jp.juchu.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class DeliveryMethodApiIT {

    @LocalServerPort
    int port;

    @Autowired
    OperationLog operationLog;

    private ApiClient admin() {
        return ApiClient.admin(port);
    }

    private static JsonNode byCode(JsonNode list, String code) {
        for (JsonNode node : list) {
            if (code.equals(node.path("code").asText())) {
                return node;
            }
        }
        throw new AssertionError("no " + code + " in " + list);
    }

    @Test
    void carriersAreSeededWithTrackingUrlsAndLabelSoftware() {
        JsonNode carriers = admin().get("/api/carriers").json();
        assertThat(byCode(carriers, "YAMATO").path("labelSoftware").asText()).isEqualTo("B2CLOUD");
        assertThat(byCode(carriers, "SAGAWA").path("labelSoftware").asText()).isEqualTo("EHIDEN");
        assertThat(byCode(carriers, "JAPANPOST").path("labelSoftware").asText()).isEqualTo("YUPACKPRINT");
        for (String code : new String[] {"YAMATO", "SAGAWA", "JAPANPOST", "SEINO", "FUKUYAMA"}) {
            assertThat(byCode(carriers, code).path("trackingUrlTemplate").asText()).startsWith("https://").contains("{trackingNumber}");
        }
        assertThat(byCode(carriers, "OTHER").path("name").asText()).isEqualTo("その他");
    }

    @Test
    void carrierUpdateIsValidatedAndLogged() {
        JsonNode before = byCode(admin().get("/api/carriers").json(), "FUKUYAMA");

        ApiClient.Response bad = admin().put("/api/carriers/FUKUYAMA",
                Map.of("name", "福山通運", "trackingUrlTemplate", "https://example.jp/track", "labelSoftware", "NONE"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().path("field").asText()).isEqualTo("trackingUrlTemplate");
        assertThat(bad.json().path("message").asText()).contains("{trackingNumber}");
        ApiClient.Response badSoftware = admin().put("/api/carriers/FUKUYAMA",
                Map.of("name", "福山通運", "labelSoftware", "PRINTER"));
        assertThat(badSoftware.status()).isEqualTo(400);
        assertThat(badSoftware.json().path("field").asText()).isEqualTo("labelSoftware");
        assertThat(byCode(admin().get("/api/carriers").json(), "FUKUYAMA")).isEqualTo(before);

        String template = "https://example.jp/fukutsu?no={trackingNumber}";
        ApiClient.Response ok = admin().put("/api/carriers/FUKUYAMA",
                Map.of("name", "福山通運", "trackingUrlTemplate", template, "labelSoftware", "NONE"));
        try {
            assertThat(ok.status()).isEqualTo(200);
            assertThat(ok.json().path("trackingUrlTemplate").asText()).isEqualTo(template);
            assertThat(operationLog.recent(null, "配送業者設定", 0, 20).getContent())
                    .anySatisfy(e -> assertThat(e.getDetail()).contains(template));
        } finally {
            Map<String, Object> restore = new HashMap<>();
            restore.put("name", before.path("name").asText());
            restore.put("trackingUrlTemplate", before.path("trackingUrlTemplate").asText());
            restore.put("labelSoftware", before.path("labelSoftware").asText());
            assertThat(admin().put("/api/carriers/FUKUYAMA", restore).status()).isEqualTo(200);
        }
    }

    @Test
    void unknownCarrierIs404() {
        ApiClient.Response response = admin().put("/api/carriers/NOPE", Map.of("name", "x", "labelSoftware", "NONE"));
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().path("error").asText()).isEqualTo("not_found");
    }

    @Test
    void seededDeliveryMethodsCarryCarrierAndServiceType() {
        JsonNode takkyubin = byCode(admin().get("/api/delivery-methods").json(), "YAMATO_TAKKYUBIN");
        assertThat(takkyubin.path("name").asText()).isEqualTo("ヤマト宅急便");
        assertThat(takkyubin.path("carrier").asText()).isEqualTo("YAMATO");
        assertThat(takkyubin.path("serviceType").asText()).isEqualTo("TAKKYUBIN");
        assertThat(takkyubin.path("active").asBoolean()).isTrue();
        assertThat(byCode(admin().get("/api/delivery-methods").json(), "JAPANPOST_YUPACKET").path("carrier").asText()).isEqualTo("JAPANPOST");
    }

    @Test
    void createAndUpdateADeliveryMethod() {
        String code = "T_" + MethodTestSupport.unique();
        ApiClient.Response created = admin().post("/api/delivery-methods",
                Map.of("code", code, "name", "佐川 飛脚テスト", "carrier", "SAGAWA", "serviceType", "HIKYAKU"));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().path("carrierName").asText()).isEqualTo("佐川急便");
        assertThat(created.json().path("active").asBoolean()).isTrue();

        ApiClient.Response updated = admin().put("/api/delivery-methods/" + code,
                Map.of("name", "佐川 飛脚 (停止)", "carrier", "SAGAWA", "serviceType", "COOL_CHILLED", "active", false));
        assertThat(updated.status()).isEqualTo(200);
        assertThat(admin().get("/api/delivery-methods/" + code).json().path("active").asBoolean()).isFalse();
        assertThat(admin().get("/api/delivery-methods/" + code).json().path("serviceType").asText()).isEqualTo("COOL_CHILLED");
        assertThat(operationLog.recent(null, "配送方法設定", 0, 50).getContent()).anySatisfy(e -> assertThat(e.getTarget()).isEqualTo(code));

        ApiClient.Response duplicate = admin().post("/api/delivery-methods",
                Map.of("code", code, "name", "別名", "carrier", "SAGAWA", "serviceType", "HIKYAKU"));
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.json().path("field").asText()).isEqualTo("code");

        ApiClient.Response codeChange = admin().put("/api/delivery-methods/" + code,
                Map.of("code", code + "X", "name", "x", "carrier", "SAGAWA", "serviceType", "HIKYAKU"));
        assertThat(codeChange.status()).isEqualTo(400);
        assertThat(codeChange.json().path("message").asText()).contains("変更できません");
        assertThat(admin().get("/api/delivery-methods/" + code).json().path("name").asText()).isEqualTo("佐川 飛脚 (停止)");
    }

    @Test
    void invalidDeliveryMethodsAreRefusedPerFieldAndNotCreated() {
        String code = "T_" + MethodTestSupport.unique();
        assertRefused(Map.of("code", code, "name", "ネコポス佐川", "carrier", "SAGAWA", "serviceType", "NEKOPOS"),
                "serviceType", "佐川急便のサービスではありません");
        assertRefused(Map.of("code", code, "name", "x", "carrier", "NOPE", "serviceType", "GENERAL"), "carrier", "登録されていません");
        assertRefused(Map.of("code", code, "name", "x", "carrier", "YAMATO", "serviceType", "DRONE"), "serviceType", "サービス種別");
        assertRefused(Map.of("code", code, "name", " ", "carrier", "YAMATO", "serviceType", "TAKKYUBIN"), "name", "配送方法名を入力してください");
        assertRefused(Map.of("code", code.toLowerCase(), "name", "x", "carrier", "YAMATO", "serviceType", "TAKKYUBIN"), "code", "英大文字");
        assertThat(admin().get("/api/delivery-methods/" + code).status()).isEqualTo(404);
        assertThat(admin().put("/api/delivery-methods/" + code,
                Map.of("name", "x", "carrier", "YAMATO", "serviceType", "TAKKYUBIN")).status()).isEqualTo(404);
    }

    private void assertRefused(Map<String, Object> body, String field, String message) {
        ApiClient.Response response = admin().post("/api/delivery-methods", body);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("field").asText()).isEqualTo(field);
        assertThat(response.json().path("message").asText()).contains(message);
    }

    @Test
    void operatorsMayReadButNotChange() {
        ApiClient operator = MethodTestSupport.operator(port);
        assertThat(operator.get("/api/carriers").status()).isEqualTo(200);
        assertThat(operator.get("/api/delivery-methods").status()).isEqualTo(200);
        assertThat(operator.put("/api/carriers/YAMATO", Map.of("name", "x", "labelSoftware", "NONE")).status()).isEqualTo(403);
        assertThat(operator.post("/api/delivery-methods", Map.of("code", "T_OP", "name", "x", "carrier", "YAMATO",
                "serviceType", "TAKKYUBIN")).status()).isEqualTo(403);
        assertThat(operator.put("/api/delivery-methods/YAMATO_TAKKYUBIN", Map.of("name", "x", "carrier", "YAMATO",
                "serviceType", "TAKKYUBIN")).status()).isEqualTo(403);
        assertThat(byCode(admin().get("/api/delivery-methods").json(), "YAMATO_TAKKYUBIN").path("name").asText()).isEqualTo("ヤマト宅急便");
    }
}
