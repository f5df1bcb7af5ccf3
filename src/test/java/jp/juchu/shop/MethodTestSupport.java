package jp.juchu.shop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import jp.juchu.core.Mall;
import jp.juchu.support.ApiClient;

/** Helpers for the method/mapping ITs: unique shops and an operator account. */
final class MethodTestSupport {

    static final String OPERATOR_PASSWORD = "operator-password";

    private MethodTestSupport() {
    }

    static String unique() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
    }

    static ShopRef shop(ShopManagement management, Mall mall) {
        String suffix = unique();
        return management.register(mall, "テストショップ" + suffix, "テスト" + suffix.substring(0, 4));
    }

    static ApiClient operator(int port) {
        String name = "op-" + unique().toLowerCase();
        ApiClient.Response created = ApiClient.admin(port).post("/api/users", Map.of("username", name, "displayName", "受注 担当",
                "password", OPERATOR_PASSWORD, "role", "OPERATOR"));
        assertThat(created.status()).isEqualTo(201);
        return ApiClient.as(port, name, OPERATOR_PASSWORD);
    }
}
