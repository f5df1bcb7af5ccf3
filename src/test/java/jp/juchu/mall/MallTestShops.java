package jp.juchu.mall;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import jp.juchu.support.ApiClient;

/** Shops of any mall with unique names and credentials, created through the API like an operator would. */
final class MallTestShops {

    private MallTestShops() {
    }

    /** A unique suffix for credentials and names. */
    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** Creates a shop; {@code credentials} may be empty. Returns its code. */
    static String create(int port, String mall, Map<String, Object> credentials) {
        String suffix = unique();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("mall", mall);
        body.put("name", mall + " 連携試験店 " + suffix);
        body.put("shortName", "M" + suffix.substring(0, 3));
        if (!credentials.isEmpty()) {
            body.put("credentials", credentials);
        }
        ApiClient.Response created = ApiClient.admin(port).post("/api/shops", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("code").asText();
    }
}
