package jp.juchu.shop.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.juchu.shop.ShopCredentials;
import jp.juchu.shop.ShopDirectory;
import jp.juchu.support.ApiClient;
import jp.juchu.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class ShopApiIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ShopDirectory directory;

    private ApiClient admin() {
        return ApiClient.admin(port);
    }

    @Test
    void createsAShopWithAGeneratedCodeAndDefaults() {
        String name = unique("楽天店");
        ApiClient.Response created = admin().post("/api/shops", Map.of("mall", "RAKUTEN", "name", "株式会社サンプル " + name, "shortName", "楽天"));

        assertThat(created.status()).isEqualTo(201);
        JsonNode shop = created.json();
        assertThat(shop.path("code").asText()).matches("RAK\\d{3,}");
        assertThat(shop.path("mall").asText()).isEqualTo("RAKUTEN");
        assertThat(shop.path("name").asText()).isEqualTo("株式会社サンプル " + name);
        assertThat(shop.path("orderIntakeEnabled").asBoolean()).isFalse();
        assertThat(shop.path("cancelledOrders").asText()).isEqualTo("REGISTER_AS_CANCELLED");
        assertThat(shop.path("credentials").path("licenseKey").path("configured").asBoolean()).isFalse();
        assertThat(shop.path("credentialsConfigured").asBoolean()).isFalse();

        ApiClient.Response read = admin().get("/api/shops/" + shop.path("code").asText());
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().path("name").asText()).isEqualTo("株式会社サンプル " + name);
        assertThat(codesOf(admin().get("/api/shops").json())).contains(shop.path("code").asText());
    }

    @Test
    void createsAShopWithEveryField() {
        String code = uniqueCode();
        Map<String, Object> body = new LinkedHashMap<>(Map.of("code", code, "mall", "YAHOO", "name", "サンプル Yahoo!店",
                "shortName", "Y店", "url", "https://store.shopping.yahoo.co.jp/sample/", "managerName", "山田 太郎",
                "senderEmail", "yahoo@example.jp", "rakutenAnonymousMail", false, "orderIntakeEnabled", false,
                "cancelledOrders", "SKIP"));
        ApiClient.Response created = admin().post("/api/shops", body);

        assertThat(created.status()).isEqualTo(201);
        JsonNode shop = created.json();
        assertThat(shop.path("code").asText()).isEqualTo(code);
        assertThat(shop.path("url").asText()).isEqualTo("https://store.shopping.yahoo.co.jp/sample/");
        assertThat(shop.path("managerName").asText()).isEqualTo("山田 太郎");
        assertThat(shop.path("senderEmail").asText()).isEqualTo("yahoo@example.jp");
        assertThat(shop.path("cancelledOrders").asText()).isEqualTo("SKIP");
        assertThat(shop.path("credentials").has("clientId")).isTrue();
        assertThat(shop.path("credentials").has("licenseKey")).isFalse();
    }

    @Test
    void anUnknownMallIsAFieldErrorAndCreatesNothing() {
        String name = unique("不明モール店");
        ApiClient.Response response = admin().post("/api/shops", Map.of("mall", "MERCARI", "name", name, "shortName", "M"));

        assertError(response, 400, "mall", "モール種別「MERCARI」は選べません");
        assertThat(namesOf(admin().get("/api/shops").json())).doesNotContain(name);
    }

    @Test
    void aMissingMallOrNameIsAFieldError() {
        assertError(admin().post("/api/shops", Map.of("name", unique("店"), "shortName", "略")), 400, "mall", "モール種別を選択してください");
        assertError(admin().post("/api/shops", Map.of("mall", "AMAZON", "shortName", "略")), 400, "name", "ショップ名(正式名称)を入力してください");
    }

    @Test
    void aValueOfTheWrongJsonTypeIsAFieldError() {
        String name = unique("型違い");
        ApiClient.Response response = admin().post("/api/shops",
                "{\"mall\":\"AMAZON\",\"name\":\"" + name + "\",\"shortName\":\"A\",\"orderIntakeEnabled\":\"vielleicht\"}");
        assertError(response, 400, "orderIntakeEnabled", "形式が正しくありません");
        assertThat(namesOf(admin().get("/api/shops").json())).doesNotContain(name);
    }

    @Test
    void badUrlEmailAndCodeAreRejectedPerField() {
        Map<String, Object> base = Map.of("mall", "QOO10", "name", unique("Qoo10店"), "shortName", "Q");
        assertError(admin().post("/api/shops", with(base, "url", "qoo10.jp/shop")), 400, "url", "URL");
        assertError(admin().post("/api/shops", with(base, "senderEmail", "shop@")), 400, "senderEmail", "メールアドレスの形式");
        assertError(admin().post("/api/shops", with(base, "code", "ショップ1")), 400, "code", "2〜20文字");
        assertError(admin().post("/api/shops", with(base, "cancelledOrders", "DELETE")), 400, "cancelledOrders", "SKIP");
        assertError(admin().post("/api/shops", with(base, "rakutenAnonymousMail", true)), 400, "rakutenAnonymousMail", "楽天市場");
        assertThat(namesOf(admin().get("/api/shops").json())).doesNotContain((String) base.get("name"));
    }

    @Test
    void aDuplicateCodeIsAConflictEvenInOtherCase() {
        String code = uniqueCode();
        assertThat(admin().post("/api/shops", Map.of("code", code, "mall", "AMAZON", "name", unique("A店"), "shortName", "A")).status()).isEqualTo(201);
        String second = unique("二つ目");

        assertError(admin().post("/api/shops", Map.of("code", code.toLowerCase(), "mall", "YAHOO", "name", second, "shortName", "Y")),
                409, "code", "既に使われています");
        assertThat(namesOf(admin().get("/api/shops").json())).doesNotContain(second);
    }

    @Test
    void credentialsAreEncryptedMaskedAndAvailableDecryptedToOtherModules() {
        String code = uniqueCode();
        Map<String, Object> credentials = Map.of("serviceSecret", "SP-service-secret-77ab", "licenseKey", "SP-license-key-1a2b",
                "licenseKeyExpiresOn", "2030-03-31");
        ApiClient.Response created = admin().post("/api/shops", Map.of("code", code, "mall", "RAKUTEN", "name", unique("楽天"),
                "shortName", "R", "credentials", credentials));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body()).doesNotContain("SP-license-key-1a2b").doesNotContain("SP-service-secret-77ab");
        ApiClient.Response read = admin().get("/api/shops/" + code);
        assertThat(read.body()).doesNotContain("SP-license-key-1a2b").doesNotContain("SP-service-secret-77ab");
        JsonNode licenseKey = read.json().path("credentials").path("licenseKey");
        assertThat(licenseKey.path("configured").asBoolean()).isTrue();
        assertThat(licenseKey.path("masked").asText()).isEqualTo("••••1a2b");
        assertThat(read.json().path("credentials").path("serviceSecret").path("masked").asText()).isEqualTo("••••77ab");
        assertThat(read.json().path("credentials").path("licenseKeyExpiresOn").asText()).isEqualTo("2030-03-31");
        assertThat(read.json().path("credentialsConfigured").asBoolean()).isTrue();
        assertThat(admin().get("/api/shops").body()).doesNotContain("SP-license-key-1a2b");

        List<String> stored = jdbc.queryForList("select c.encrypted_value from shop_credential c join shop s on s.id = c.shop_id "
                + "where s.code = ? order by c.credential_name", String.class, code);
        assertThat(stored).hasSize(2).allSatisfy(value -> assertThat(value)
                .doesNotContain("SP-license-key-1a2b").doesNotContain("SP-service-secret-77ab").doesNotContain("1a2b"));

        ShopCredentials decrypted = directory.credentials(code);
        assertThat(decrypted.get("licenseKey")).hasValue("SP-license-key-1a2b");
        assertThat(decrypted.get("serviceSecret")).hasValue("SP-service-secret-77ab");
        assertThat(decrypted.licenseKeyExpiresOn()).isEqualTo(LocalDate.of(2030, 3, 31));
    }

    @Test
    void editingAShopKeepsCredentialsUnlessTheyAreReplacedOrCleared() {
        String code = uniqueCode();
        admin().post("/api/shops", Map.of("code", code, "mall", "AMAZON", "name", unique("Amazon店"), "shortName", "A",
                "credentials", Map.of("refreshToken", "Atzr|refresh-token-0001", "clientId", "amzn1.application-oa2-client.abcd",
                        "clientSecret", "amzn-client-secret-9999", "sellerId", "A1SELLER2345", "marketplaceId", "A1VC38T7YXB528")));
        String before = encrypted(code, "refreshToken");

        JsonNode shown = admin().get("/api/shops/" + code).json();
        Map<String, Object> roundTrip = new HashMap<>(Map.of("name", "改名 Amazon店", "credentials",
                Map.of("refreshToken", shown.path("credentials").path("refreshToken").path("masked").asText(),
                        "clientId", "", "clientSecret", Map.of("configured", true, "masked", "••••9999"))));
        ApiClient.Response updated = admin().put("/api/shops/" + code, roundTrip);

        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.json().path("name").asText()).isEqualTo("改名 Amazon店");
        assertThat(encrypted(code, "refreshToken")).isEqualTo(before);
        assertThat(directory.credentials(code).values()).containsEntry("refreshToken", "Atzr|refresh-token-0001")
                .containsEntry("clientId", "amzn1.application-oa2-client.abcd").containsEntry("clientSecret", "amzn-client-secret-9999");

        Map<String, Object> changes = new HashMap<>();
        changes.put("refreshToken", "Atzr|refresh-token-0002");
        changes.put("sellerId", null);
        ApiClient.Response replaced = admin().put("/api/shops/" + code, Map.of("credentials", changes));

        assertThat(replaced.status()).isEqualTo(200);
        assertThat(replaced.json().path("credentials").path("sellerId").path("configured").asBoolean()).isFalse();
        assertThat(replaced.json().path("credentials").path("refreshToken").path("masked").asText()).isEqualTo("••••0002");
        assertThat(directory.credentials(code).values()).containsEntry("refreshToken", "Atzr|refresh-token-0002")
                .doesNotContainKey("sellerId").containsKey("marketplaceId");
    }

    @Test
    void credentialsOfAnotherMallAreRejectedAndNothingChanges() {
        String code = uniqueCode();
        admin().post("/api/shops", Map.of("code", code, "mall", "QOO10", "name", unique("Qoo10店"), "shortName", "Q",
                "credentials", Map.of("apiKey", "qoo10-api-key-0042")));

        ApiClient.Response response = admin().put("/api/shops/" + code, Map.of("name", "変更されない名前",
                "credentials", Map.of("apiKey", "qoo10-api-key-9999", "licenseKey", "x")));

        assertError(response, 400, "credentials.licenseKey", "Qoo10のショップには「licenseKey」は設定できません");
        JsonNode shop = admin().get("/api/shops/" + code).json();
        assertThat(shop.path("name").asText()).isNotEqualTo("変更されない名前");
        assertThat(directory.credentials(code).get("apiKey")).hasValue("qoo10-api-key-0042");
    }

    @Test
    void theLicenseKeyExpiryIsWarnedFourteenDaysAhead() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
        String soon = uniqueCode();
        admin().post("/api/shops", Map.of("code", soon, "mall", "RAKUTEN", "name", unique("楽天"), "shortName", "R",
                "credentials", Map.of("licenseKeyExpiresOn", today.plusDays(14).toString())));
        String later = uniqueCode();
        admin().post("/api/shops", Map.of("code", later, "mall", "RAKUTEN", "name", unique("楽天"), "shortName", "R",
                "credentials", Map.of("licenseKeyExpiresOn", today.plusDays(15).toString())));
        String expired = uniqueCode();
        admin().post("/api/shops", Map.of("code", expired, "mall", "RAKUTEN", "name", unique("楽天"), "shortName", "R",
                "credentials", Map.of("licenseKeyExpiresOn", today.minusDays(1).toString())));

        assertThat(admin().get("/api/shops/" + soon).json().path("licenseKeyExpiresSoon").asBoolean()).isTrue();
        assertThat(admin().get("/api/shops/" + later).json().path("licenseKeyExpiresSoon").asBoolean()).isFalse();
        JsonNode gone = admin().get("/api/shops/" + expired).json();
        assertThat(gone.path("licenseKeyExpiresSoon").asBoolean()).isTrue();
        assertThat(gone.path("licenseKeyExpired").asBoolean()).isTrue();
        JsonNode inList = find(admin().get("/api/shops").json(), soon);
        assertThat(inList.path("licenseKeyExpiresSoon").asBoolean()).isTrue();
    }

    @Test
    void switchingIntakeOnWithCredentialsNeedsConsentInTheSameRequest() {
        String code = uniqueCode();
        admin().post("/api/shops", Map.of("code", code, "mall", "MAKESHOP", "name", unique("MakeShop店"), "shortName", "M",
                "credentials", Map.of("token", "makeshop-token-5555")));

        assertError(admin().put("/api/shops/" + code, Map.of("orderIntakeEnabled", true)), 400, "intakeConsent", "同意");
        assertThat(admin().get("/api/shops/" + code).json().path("orderIntakeEnabled").asBoolean()).isFalse();

        ApiClient.Response agreed = admin().put("/api/shops/" + code, Map.of("orderIntakeEnabled", true, "intakeConsent", true));
        assertThat(agreed.status()).isEqualTo(200);
        assertThat(agreed.json().path("orderIntakeEnabled").asBoolean()).isTrue();

        String newCode = uniqueCode();
        assertError(admin().post("/api/shops", Map.of("code", newCode, "mall", "QOO10", "name", unique("Q"), "shortName", "Q",
                "orderIntakeEnabled", true, "credentials", Map.of("apiKey", "k-123456789"))), 400, "intakeConsent", "同意");
        assertThat(admin().get("/api/shops/" + newCode).status()).isEqualTo(404);

        String withoutApi = uniqueCode();
        assertThat(admin().post("/api/shops", Map.of("code", withoutApi, "mall", "EBAY", "name", unique("eBay"), "shortName", "E",
                "orderIntakeEnabled", true)).status()).isEqualTo(201);
    }

    @Test
    void addingCredentialsToAShopWhoseIntakeIsOnAlsoNeedsConsent() {
        String code = uniqueCode();
        assertThat(admin().post("/api/shops", Map.of("code", code, "mall", "YAHOO", "name", unique("Y店"), "shortName", "Y",
                "orderIntakeEnabled", true)).status()).isEqualTo(201);

        assertError(admin().put("/api/shops/" + code, Map.of("credentials", Map.of("clientId", "dj00aiZpPXh5eg--"))),
                400, "intakeConsent", "同意");
        assertThat(directory.credentials(code).isConfigured()).isFalse();

        assertThat(admin().put("/api/shops/" + code, Map.of("intakeConsent", true,
                "credentials", Map.of("clientId", "dj00aiZpPXh5eg--"))).status()).isEqualTo(200);
        assertThat(admin().put("/api/shops/" + code, Map.of("credentials", Map.of("sellerId", "sample-store"))).status())
                .as("already linked: replacing or adding a credential needs no new consent").isEqualTo(200);
    }

    @Test
    void codeAndMallCannotChange() {
        String code = uniqueCode();
        admin().post("/api/shops", Map.of("code", code, "mall", "YAHOO", "name", unique("Y店"), "shortName", "Y"));

        assertError(admin().put("/api/shops/" + code, Map.of("code", code + "X", "name", "別名")), 409, "code", "ショップコードは変更できません");
        assertError(admin().put("/api/shops/" + code, Map.of("mall", "AMAZON", "name", "別名")), 409, "mall", "モール種別は登録後に変更できません");
        assertThat(admin().put("/api/shops/" + code, Map.of("code", code, "mall", "YAHOO", "shortName", "Y2")).status()).isEqualTo(200);
        assertThat(admin().get("/api/shops/" + code).json().path("name").asText()).isNotEqualTo("別名");
    }

    @Test
    void anInvalidUpdateChangesNothing() {
        String code = uniqueCode();
        String name = unique("元の名前");
        admin().post("/api/shops", Map.of("code", code, "mall", "AUPAY", "name", name, "shortName", "au",
                "url", "https://wowma.jp/user/1/"));

        assertError(admin().put("/api/shops/" + code, Map.of("name", "新しい名前", "shortName", "")), 400, "shortName", "ショップ名(略称)を入力してください");
        assertError(admin().put("/api/shops/" + code, Map.of("name", "新しい名前", "url", "not a url")), 400, "url", "URL");

        JsonNode shop = admin().get("/api/shops/" + code).json();
        assertThat(shop.path("name").asText()).isEqualTo(name);
        assertThat(shop.path("shortName").asText()).isEqualTo("au");
        assertThat(shop.path("url").asText()).isEqualTo("https://wowma.jp/user/1/");
    }

    @Test
    void unknownShopsAre404() {
        String code = "NONE" + UUID.randomUUID().toString().substring(0, 8);
        assertError(admin().get("/api/shops/" + code), 404, null, "登録されていません");
        assertError(admin().put("/api/shops/" + code, Map.of("name", "x")), 404, null, "登録されていません");
        assertError(admin().delete("/api/shops/" + code), 404, null, "登録されていません");
    }

    @Test
    void deletesAShopWithItsCredentials() {
        String code = uniqueCode();
        admin().post("/api/shops", Map.of("code", code, "mall", "QOO10", "name", unique("消す店"), "shortName", "Q",
                "credentials", Map.of("apiKey", "qoo10-delete-me")));
        Long id = jdbc.queryForObject("select id from shop where code = ?", Long.class, code);

        ApiClient.Response deleted = admin().delete("/api/shops/" + code);

        assertThat(deleted.status()).isEqualTo(204);
        assertThat(admin().get("/api/shops/" + code).status()).isEqualTo(404);
        assertThat(jdbc.queryForObject("select count(*) from shop_credential where shop_id = ?", Integer.class, id)).isZero();
    }

    @Test
    void changesAreInTheOperationLogWithoutSecrets() {
        String code = uniqueCode();
        admin().post("/api/shops", Map.of("code", code, "mall", "YAHOO", "name", unique("ログ店"), "shortName", "L",
                "credentials", Map.of("clientSecret", "yahoo-client-secret-4321")));
        admin().put("/api/shops/" + code, Map.of("shortName", "L2", "credentials", Map.of("clientSecret", "yahoo-client-secret-8765")));
        admin().delete("/api/shops/" + code);

        List<Map<String, Object>> log = jdbc.queryForList(
                "select action, detail, username from operation_log where area = '連携ショップ' and target = ? order by id", code);
        assertThat(log).extracting(row -> row.get("action")).containsExactly("作成", "更新", "削除");
        assertThat(log).allSatisfy(row -> assertThat((String) row.get("detail"))
                .doesNotContain("yahoo-client-secret").doesNotContain("4321").doesNotContain("8765"));
        assertThat((String) log.get(1).get("detail")).contains("略称").contains("clientSecret: 変更");
        assertThat(log).extracting(row -> row.get("username")).containsOnly("admin");
    }

    @Test
    void operatorsMayReadButNotChangeShops() {
        String code = uniqueCode();
        admin().post("/api/shops", Map.of("code", code, "mall", "RAKUTEN", "name", unique("楽天"), "shortName", "R"));
        String user = "op-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(admin().post("/api/users", Map.of("username", user, "displayName", "受注 花子",
                "password", "operator-password", "role", "OPERATOR")).status()).isEqualTo(201);
        ApiClient operator = ApiClient.as(port, user, "operator-password");

        assertThat(operator.get("/api/shops").status()).isEqualTo(200);
        assertThat(operator.get("/api/shops/" + code).status()).isEqualTo(200);
        assertThat(operator.post("/api/shops", Map.of("mall", "RAKUTEN", "name", unique("x"), "shortName", "x")).status()).isEqualTo(403);
        assertThat(operator.put("/api/shops/" + code, Map.of("name", "乗っ取り")).status()).isEqualTo(403);
        assertThat(operator.delete("/api/shops/" + code).status()).isEqualTo(403);
        assertThat(admin().get("/api/shops/" + code).json().path("name").asText()).isNotEqualTo("乗っ取り");
    }

    private String encrypted(String code, String name) {
        return jdbc.queryForObject("select c.encrypted_value from shop_credential c join shop s on s.id = c.shop_id "
                + "where s.code = ? and c.credential_name = ?", String.class, code, name);
    }

    private static void assertError(ApiClient.Response response, int status, String field, String message) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        JsonNode body = response.json();
        assertThat(body.has("error")).isTrue();
        assertThat(body.path("message").asText()).contains(message);
        if (field == null) {
            assertThat(body.path("field").isNull()).isTrue();
        } else {
            assertThat(body.path("field").asText()).isEqualTo(field);
        }
    }

    private static Map<String, Object> with(Map<String, Object> base, String key, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(base);
        copy.put(key, value);
        return copy;
    }

    private static JsonNode find(JsonNode list, String code) {
        for (JsonNode shop : list) {
            if (shop.path("code").asText().equals(code)) {
                return shop;
            }
        }
        throw new AssertionError("shop " + code + " not listed");
    }

    private static List<String> codesOf(JsonNode list) {
        return list.findValuesAsText("code");
    }

    private static List<String> namesOf(JsonNode list) {
        java.util.ArrayList<String> names = new java.util.ArrayList<>();
        list.forEach(shop -> names.add(shop.path("name").asText()));
        return names;
    }

    static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    static String uniqueCode() {
        return "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
    }
}
