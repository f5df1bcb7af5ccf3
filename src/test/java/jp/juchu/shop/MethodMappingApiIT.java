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
class MethodMappingApiIT {

    @LocalServerPort
    int port;

    @Autowired
    ShopManagement shopManagement;

    @Autowired
    OperationLog operationLog;

    private ApiClient admin() {
        return ApiClient.admin(port);
    }

    private static Map<String, Object> row(String field, String code, String... names) {
        return Map.of(field, code, "mallNames", List.of(names));
    }

    @Test
    void deliveryMappingsAreReplacedAndReadBack() {
        ShopRef shop = MethodTestSupport.shop(shopManagement, Mall.RAKUTEN);
        String path = "/api/shops/" + shop.code() + "/delivery-mappings";
        assertThat(admin().get(path).json().path("mappings")).isEmpty();

        ApiClient.Response put = admin().put(path, Map.of("mappings", List.of(
                row("deliveryMethod", "YAMATO_NEKOPOS", "メール便"),
                row("deliveryMethod", "YAMATO_TAKKYUBIN", " 宅配便 ", "宅急便"))));
        assertThat(put.status()).isEqualTo(200);
        JsonNode mappings = admin().get(path).json().path("mappings");
        assertThat(mappings).hasSize(2);
        assertThat(mappings.get(0).path("deliveryMethod").asText()).isEqualTo("YAMATO_TAKKYUBIN");
        assertThat(mappings.get(0).path("mallNames").toString()).isEqualTo("[\"宅配便\",\"宅急便\"]");
        assertThat(mappings.get(1).path("mallNames").toString()).isEqualTo("[\"メール便\"]");
        assertThat(operationLog.recent(null, "配送方法設定", 0, 50).getContent())
                .anySatisfy(e -> assertThat(e.getTarget()).isEqualTo(shop.code()));

        assertThat(admin().put(path, Map.of("mappings", List.of(row("deliveryMethod", "JAPANPOST_YUPACK", "ゆうパック")))).status())
                .isEqualTo(200);
        JsonNode replaced = admin().get(path).json().path("mappings");
        assertThat(replaced).hasSize(1);
        assertThat(replaced.get(0).path("deliveryMethod").asText()).isEqualTo("JAPANPOST_YUPACK");
    }

    @Test
    void badDeliveryMappingsAreRefusedAndNothingChanges() {
        ShopRef shop = MethodTestSupport.shop(shopManagement, Mall.YAHOO);
        String path = "/api/shops/" + shop.code() + "/delivery-mappings";
        admin().put(path, Map.of("mappings", List.of(row("deliveryMethod", "YAMATO_TAKKYUBIN", "宅配便"))));
        String before = admin().get(path).body();

        ApiClient.Response unknown = admin().put(path, Map.of("mappings", List.of(
                row("deliveryMethod", "YAMATO_TAKKYUBIN", "宅配便", "通常"), row("deliveryMethod", "DRONE", "ドローン便"))));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().path("field").asText()).isEqualTo("mappings[1].deliveryMethod");
        assertThat(unknown.json().path("message").asText()).isEqualTo("配送方法「DRONE」は登録されていません");

        ApiClient.Response duplicate = admin().put(path, Map.of("mappings", List.of(
                row("deliveryMethod", "YAMATO_TAKKYUBIN", "宅配便"), row("deliveryMethod", "SAGAWA_HIKYAKU", "宅配便"))));
        assertThat(duplicate.status()).isEqualTo(400);
        assertThat(duplicate.json().path("error").asText()).isEqualTo("duplicate_mall_name");
        assertThat(duplicate.json().path("field").asText()).isEqualTo("mappings[1].mallNames");
        assertThat(duplicate.json().path("message").asText()).contains("「宅配便」");

        ApiClient.Response missing = admin().put(path, Map.of("rows", List.of()));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().path("field").asText()).isEqualTo("mappings");

        assertThat(admin().get(path).body()).isEqualTo(before);
    }

    @Test
    void unknownShopIs404() {
        String path = "/api/shops/NOPE" + MethodTestSupport.unique();
        assertThat(admin().get(path + "/delivery-mappings").status()).isEqualTo(404);
        assertThat(admin().get(path + "/payment-mappings").status()).isEqualTo(404);
        ApiClient.Response put = admin().put(path + "/payment-mappings", Map.of("mappings", List.of()));
        assertThat(put.status()).isEqualTo(404);
        assertThat(put.json().path("message").asText()).contains("登録されていません");
        assertThat(admin().put(path + "/delivery-mappings", Map.of("mappings", List.of())).status()).isEqualTo(404);
    }

    @Test
    void paymentMappingsCarryTheRakutenPaySettlementForRakutenShops() {
        ShopRef rakuten = MethodTestSupport.shop(shopManagement, Mall.RAKUTEN);
        String path = "/api/shops/" + rakuten.code() + "/payment-mappings";
        assertThat(admin().get(path).json().path("rakutenPaySettlement").asText()).isEqualTo("COMMON");

        ApiClient.Response put = admin().put(path, Map.of("rakutenPaySettlement", "SELECTABLE", "mappings", List.of(
                row("paymentMethod", "CREDIT_CARD", "クレジットカード"), row("paymentMethod", "COD", "代金引換"))));
        assertThat(put.status()).isEqualTo(200);
        JsonNode saved = admin().get(path).json();
        assertThat(saved.path("rakutenPaySettlement").asText()).isEqualTo("SELECTABLE");
        assertThat(saved.path("mappings").get(0).path("paymentMethod").asText()).isEqualTo("CREDIT_CARD");
        assertThat(saved.path("mappings").get(1).path("mallNames").get(0).asText()).isEqualTo("代金引換");
        assertThat(operationLog.recent(null, "支払方法設定", 0, 50).getContent())
                .anySatisfy(e -> assertThat(e.getDetail()).contains(rakuten.shortName()).contains("選択制決済手段"));

        ApiClient.Response bad = admin().put(path, Map.of("rakutenPaySettlement", "SOMETIMES", "mappings", List.of()));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().path("field").asText()).isEqualTo("rakutenPaySettlement");
        assertThat(admin().get(path).json()).isEqualTo(saved);
    }

    @Test
    void nonRakutenShopsHaveNoRakutenPaySettlement() {
        ShopRef yahoo = MethodTestSupport.shop(shopManagement, Mall.YAHOO);
        String path = "/api/shops/" + yahoo.code() + "/payment-mappings";
        assertThat(admin().get(path).json().path("rakutenPaySettlement").isNull()).isTrue();
        ApiClient.Response refused = admin().put(path, Map.of("rakutenPaySettlement", "COMMON",
                "mappings", List.of(row("paymentMethod", "PAYPAY", "PayPay残高等払い"))));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("field").asText()).isEqualTo("rakutenPaySettlement");
        assertThat(refused.json().path("message").asText()).contains("楽天市場のショップにだけ");
        assertThat(admin().get(path).json().path("mappings")).isEmpty();
    }

    @Test
    void duplicatePaymentNameIsRefusedNamingTheName() {
        ShopRef shop = MethodTestSupport.shop(shopManagement, Mall.AMAZON);
        String path = "/api/shops/" + shop.code() + "/payment-mappings";
        ApiClient.Response duplicate = admin().put(path, Map.of("mappings", List.of(
                row("paymentMethod", "AMAZON_PAY", "Other"), row("paymentMethod", "OTHER", "Ｏｔｈｅｒ"))));
        assertThat(duplicate.status()).isEqualTo(400);
        assertThat(duplicate.json().path("message").asText()).contains("「Ｏｔｈｅｒ」").contains("Amazon Pay").contains("その他");
        assertThat(admin().get(path).json().path("mappings")).isEmpty();
    }

    @Test
    void operatorsMayReadMappingsButNotChangeThem() {
        ShopRef shop = MethodTestSupport.shop(shopManagement, Mall.RAKUTEN);
        ApiClient operator = MethodTestSupport.operator(port);
        assertThat(operator.get("/api/shops/" + shop.code() + "/payment-mappings").status()).isEqualTo(200);
        assertThat(operator.get("/api/shops/" + shop.code() + "/delivery-mappings").status()).isEqualTo(200);
        assertThat(operator.put("/api/shops/" + shop.code() + "/payment-mappings",
                Map.of("mappings", List.of(row("paymentMethod", "COD", "代金引換")))).status()).isEqualTo(403);
        assertThat(operator.put("/api/shops/" + shop.code() + "/delivery-mappings",
                Map.of("mappings", List.of(row("deliveryMethod", "YAMATO_TAKKYUBIN", "宅配便")))).status()).isEqualTo(403);
        assertThat(admin().get("/api/shops/" + shop.code() + "/payment-mappings").json().path("mappings")).isEmpty();
    }
}
