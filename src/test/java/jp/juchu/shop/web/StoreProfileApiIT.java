package jp.juchu.shop.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.juchu.shop.StoreProfile;
import jp.juchu.shop.StoreProfiles;
import jp.juchu.support.ApiClient;
import jp.juchu.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class StoreProfileApiIT {

    private static final List<String> FIELDS = List.of("companyName", "postalCode", "address1", "address2", "address3",
            "phone", "fax", "mail", "englishCompanyName", "country", "englishAddress");

    @LocalServerPort
    int port;

    @Autowired
    StoreProfiles profiles;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void answersEveryFieldEvenBeforeAnythingIsSaved() {
        ApiClient.Response response = ApiClient.admin(port).get("/api/store-profile");
        assertThat(response.status()).isEqualTo(200);
        JsonNode profile = response.json();
        for (String field : FIELDS) {
            assertThat(profile.path(field).isTextual()).as(field).isTrue();
        }
    }

    @Test
    void savesANormalisedProfileThatOtherModulesRead() {
        String company = "株式会社サンプル " + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> body = profile(company);
        body.put("postalCode", "１５００００１");
        body.put("phone", "０３－１２３４－５６７８");

        ApiClient.Response saved = ApiClient.admin(port).put("/api/store-profile", body);

        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.json().path("postalCode").asText()).isEqualTo("150-0001");
        assertThat(saved.json().path("phone").asText()).isEqualTo("03-1234-5678");
        JsonNode read = ApiClient.admin(port).get("/api/store-profile").json();
        assertThat(read.path("companyName").asText()).isEqualTo(company);
        assertThat(read.path("englishAddress").asText()).isEqualTo("1-2-3 Shibuya, Shibuya-ku, Tokyo");
        StoreProfile current = profiles.current();
        assertThat(current.companyName()).isEqualTo(company);
        assertThat(current.postalCode()).isEqualTo("150-0001");
        assertThat(current.isComplete()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from operation_log where area = '店舗プロフィール' and detail like ?",
                Integer.class, "%会社名%")).isPositive();
    }

    @Test
    void badInputIsAFieldErrorAndChangesNothing() {
        String company = "株式会社元のまま " + UUID.randomUUID().toString().substring(0, 8);
        assertThat(ApiClient.admin(port).put("/api/store-profile", profile(company)).status()).isEqualTo(200);

        Map<String, Object> bad = profile("変わってはいけない");
        bad.put("postalCode", "150-001");
        ApiClient.Response response = ApiClient.admin(port).put("/api/store-profile", bad);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("field").asText()).isEqualTo("postalCode");
        assertThat(response.json().path("message").asText()).contains("郵便番号は7桁の数字");

        Map<String, Object> noName = profile("");
        ApiClient.Response missing = ApiClient.admin(port).put("/api/store-profile", noName);
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().path("field").asText()).isEqualTo("companyName");
        assertThat(missing.json().path("message").asText()).isEqualTo("会社名を入力してください");

        Map<String, Object> badMail = profile("変わってはいけない");
        badMail.put("mail", "info@");
        assertThat(ApiClient.admin(port).put("/api/store-profile", badMail).json().path("field").asText()).isEqualTo("mail");

        assertThat(ApiClient.admin(port).get("/api/store-profile").json().path("companyName").asText()).isEqualTo(company);
    }

    @Test
    void operatorsMayReadButNotChangeTheProfile() {
        String user = "op-" + UUID.randomUUID().toString().substring(0, 8);
        ApiClient.admin(port).post("/api/users", Map.of("username", user, "displayName", "受注 次郎",
                "password", "operator-password", "role", "OPERATOR"));
        ApiClient operator = ApiClient.as(port, user, "operator-password");

        assertThat(operator.get("/api/store-profile").status()).isEqualTo(200);
        assertThat(operator.put("/api/store-profile", profile("乗っ取り")).status()).isEqualTo(403);
        assertThat(ApiClient.admin(port).get("/api/store-profile").json().path("companyName").asText()).isNotEqualTo("乗っ取り");
    }

    private static Map<String, Object> profile(String company) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("companyName", company);
        body.put("postalCode", "150-0001");
        body.put("address1", "東京都渋谷区渋谷");
        body.put("address2", "1-2-3 サンプルビル5F");
        body.put("address3", "");
        body.put("phone", "03-1234-5678");
        body.put("fax", "03-1234-5679");
        body.put("mail", "info@example.jp");
        body.put("englishCompanyName", "Sample Co., Ltd.");
        body.put("country", "Japan");
        body.put("englishAddress", "1-2-3 Shibuya, Shibuya-ku, Tokyo");
        return body;
    }
}
