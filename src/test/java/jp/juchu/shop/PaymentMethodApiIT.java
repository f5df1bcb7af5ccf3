package jp.juchu.shop;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import jp.juchu.audit.OperationLog;
import jp.juchu.core.Mall;
import jp.juchu.support.ApiClient;
import jp.juchu.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class PaymentMethodApiIT {

    @LocalServerPort
    int port;

    @Autowired
    ShopManagement shopManagement;

    @Autowired
    OperationLog operationLog;

    private ApiClient admin() {
        return ApiClient.admin(port);
    }

    private JsonNode method(String code) {
        for (JsonNode node : admin().get("/api/payment-methods").json()) {
            if (code.equals(node.path("code").asText())) {
                return node;
            }
        }
        return null;
    }

    @Test
    void theBuiltInCatalogueHasStableCodesAndCategories() {
        Map<String, String> expected = Map.ofEntries(
                Map.entry("CREDIT_CARD", "CARD"), Map.entry("COD", "COD"), Map.entry("BANK_TRANSFER", "PREPAID"),
                Map.entry("POSTAL_TRANSFER", "PREPAID"), Map.entry("CONVENIENCE_PREPAID", "PREPAID"),
                Map.entry("NP_ATOBARAI", "DEFERRED"), Map.entry("GMO_ATOBARAI", "DEFERRED"), Map.entry("ATOBARAI_COM", "DEFERRED"),
                Map.entry("ATODENE", "DEFERRED"), Map.entry("RAKUTEN_PAY", "MALL_SETTLED"), Map.entry("AMAZON_PAY", "MALL_SETTLED"),
                Map.entry("PAYPAY", "MALL_SETTLED"), Map.entry("CARRIER_BILLING", "MALL_SETTLED"), Map.entry("POINTS_ONLY", "NONE"),
                Map.entry("OTHER", "NONE"));
        expected.forEach((code, category) -> {
            JsonNode method = method(code);
            assertThat(method).as(code).isNotNull();
            assertThat(method.path("category").asText()).as(code).isEqualTo(category);
            assertThat(method.path("builtIn").asBoolean()).as(code).isTrue();
            assertThat(method.path("name").asText()).as(code).isNotBlank();
        });
        assertThat(method("NP_ATOBARAI").path("name").asText()).isEqualTo("NP後払い");
    }

    @Test
    void usersAddMethodsWithTheirOwnCategory() {
        String code = "P_" + MethodTestSupport.unique();
        ApiClient.Response created = admin().post("/api/payment-methods", Map.of("code", code, "name", "スコア後払い", "category", "DEFERRED"));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().path("builtIn").asBoolean()).isFalse();
        assertThat(created.json().path("category").asText()).isEqualTo("DEFERRED");

        ApiClient.Response updated = admin().put("/api/payment-methods/" + code, Map.of("name", "スコア@払い", "category", "PREPAID"));
        assertThat(updated.status()).isEqualTo(200);
        assertThat(method(code).path("name").asText()).isEqualTo("スコア@払い");
        assertThat(method(code).path("category").asText()).isEqualTo("PREPAID");
        assertThat(operationLog.recent(null, "支払方法設定", 0, 50).getContent()).anySatisfy(e -> assertThat(e.getTarget()).isEqualTo(code));

        ApiClient.Response duplicate = admin().post("/api/payment-methods", Map.of("code", code, "name", "重複", "category", "CARD"));
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.json().path("field").asText()).isEqualTo("code");
        assertThat(method(code).path("name").asText()).isEqualTo("スコア@払い");
    }

    @Test
    void invalidMethodsAreRefusedPerFieldAndNotCreated() {
        String code = "P_" + MethodTestSupport.unique();
        assertRefused(Map.of("code", code, "name", "x", "category", "CRYPTO"), "category", "決済区分");
        assertRefused(Map.of("code", code, "name", "x"), "category", "決済区分を選択してください");
        assertRefused(Map.of("code", code, "name", "", "category", "CARD"), "name", "支払方法名を入力してください");
        assertRefused(Map.of("code", code, "name", "あ".repeat(51), "category", "CARD"), "name", "50文字以内");
        assertRefused(Map.of("code", "1" + code, "name", "x", "category", "CARD"), "code", "英大文字");
        assertThat(method(code)).isNull();
    }

    private void assertRefused(Map<String, Object> body, String field, String message) {
        ApiClient.Response response = admin().post("/api/payment-methods", body);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("field").asText()).isEqualTo(field);
        assertThat(response.json().path("message").asText()).contains(message);
    }

    @Test
    void builtInsKeepTheirCategoryAndCannotBeDeletedButMayBeRenamed() {
        ApiClient.Response category = admin().put("/api/payment-methods/COD", Map.of("name", "代金引換", "category", "PREPAID"));
        assertThat(category.status()).isEqualTo(400);
        assertThat(category.json().path("field").asText()).isEqualTo("category");
        assertThat(category.json().path("message").asText()).contains("決済区分は変更できません");
        assertThat(method("COD").path("category").asText()).isEqualTo("COD");

        ApiClient.Response delete = admin().delete("/api/payment-methods/COD");
        assertThat(delete.status()).isEqualTo(409);
        assertThat(delete.json().path("message").asText()).contains("削除できません");
        assertThat(method("COD")).isNotNull();

        String original = method("POSTAL_TRANSFER").path("name").asText();
        try {
            assertThat(admin().put("/api/payment-methods/POSTAL_TRANSFER", Map.of("name", "ゆうちょ振替", "category", "PREPAID")).status())
                    .isEqualTo(200);
            assertThat(method("POSTAL_TRANSFER").path("name").asText()).isEqualTo("ゆうちょ振替");
        } finally {
            admin().put("/api/payment-methods/POSTAL_TRANSFER", Map.of("name", original, "category", "PREPAID"));
        }
        assertThat(admin().put("/api/payment-methods/NOPE_" + MethodTestSupport.unique(), Map.of("name", "x", "category", "CARD")).status())
                .isEqualTo(404);
    }

    @Test
    void aUserMethodStillMappedInAShopCannotBeDeleted() {
        String code = "P_" + MethodTestSupport.unique();
        assertThat(admin().post("/api/payment-methods", Map.of("code", code, "name", "店頭払い", "category", "NONE")).status()).isEqualTo(201);
        ShopRef shop = MethodTestSupport.shop(shopManagement, Mall.YAHOO);
        assertThat(admin().put("/api/shops/" + shop.code() + "/payment-mappings",
                Map.of("mappings", List.of(Map.of("paymentMethod", code, "mallNames", List.of("店頭払い"))))).status()).isEqualTo(200);

        ApiClient.Response inUse = admin().delete("/api/payment-methods/" + code);
        assertThat(inUse.status()).isEqualTo(409);
        assertThat(inUse.json().path("message").asText()).contains(shop.shortName());
        assertThat(method(code)).isNotNull();

        assertThat(admin().put("/api/shops/" + shop.code() + "/payment-mappings", Map.of("mappings", List.of())).status()).isEqualTo(200);
        assertThat(admin().delete("/api/payment-methods/" + code).status()).isEqualTo(204);
        assertThat(method(code)).isNull();
    }

    @Test
    void operatorsMayReadButNotChange() {
        ApiClient operator = MethodTestSupport.operator(port);
        assertThat(operator.get("/api/payment-methods").status()).isEqualTo(200);
        assertThat(operator.post("/api/payment-methods", Map.of("code", "P_OP", "name", "x", "category", "CARD")).status()).isEqualTo(403);
        assertThat(operator.put("/api/payment-methods/COD", Map.of("name", "x", "category", "COD")).status()).isEqualTo(403);
        assertThat(operator.delete("/api/payment-methods/COD").status()).isEqualTo(403);
        assertThat(method("P_OP")).isNull();
        assertThat(method("COD").path("name").asText()).isEqualTo("代金引換");
    }
}
