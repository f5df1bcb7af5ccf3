package jp.juchu.shipping;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import jp.juchu.support.ApiClient;

/** What a carrier export needs besides orders: a ご依頼主 (店舗プロフィール) and the ヤマト contract numbers. */
final class ShippingTestSetup {

    private ShippingTestSetup() {
    }

    static void prepare(ApiClient admin) {
        if (admin.get("/api/store-profile").json().path("postalCode").asText().isEmpty()) {
            Map<String, Object> profile = new LinkedHashMap<>();
            profile.put("companyName", "株式会社出荷テスト");
            profile.put("postalCode", "150-0001");
            profile.put("address1", "東京都渋谷区神宮前");
            profile.put("address2", "1-2-3");
            profile.put("address3", "出荷ビル5F");
            profile.put("phone", "03-1234-5678");
            ApiClient.Response saved = admin.put("/api/store-profile", profile);
            assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        }
        ApiClient.Response account = admin.put("/api/shipping/carrier-accounts/YAMATO",
                Map.of("customerCode", "012345678901", "classCode", "", "freightNumber", "01"));
        assertThat(account.status()).as(account.body()).isEqualTo(200);
    }
}
