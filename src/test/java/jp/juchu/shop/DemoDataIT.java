package jp.juchu.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import jp.juchu.core.Mall;
import jp.juchu.support.ApiClient;
import jp.juchu.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class DemoDataIT {

    @LocalServerPort
    int port;

    @Autowired
    MethodMappings mappings;

    @Autowired
    ShopDirectory shops;

    @Autowired
    MockMvc mvc;

    @Test
    void demoShopsResolveEveryPaymentAndDeliveryNameOfTheSampleOrders() {
        JsonNode result = ApiClient.admin(port).post("/api/demo-data", "").json();
        assertThat(result.path("shops")).hasSize(3);
        List<String> failures = new ArrayList<>();
        for (JsonNode shop : result.path("shops")) {
            Mall mall = Mall.valueOf(shop.path("mall").asText());
            String code = shop.path("code").asText();
            MallFixtureNames.payment(mall).forEach(name -> {
                if (mappings.resolvePayment(code, name) instanceof Resolution.Unmapped<?> u) {
                    failures.add(mall + " 支払方法 " + u.reason());
                }
            });
            MallFixtureNames.delivery(mall).forEach(name -> {
                if (mappings.resolveDelivery(code, name) instanceof Resolution.Unmapped<?> u) {
                    failures.add(mall + " 配送方法 " + u.reason());
                }
            });
        }
        assertThat(failures).isEmpty();
        assertThat(result.path("shops").findValuesAsText("mall")).containsExactly("RAKUTEN", "YAHOO", "AMAZON");
    }

    @Test
    void callingItTwiceCreatesNoDuplicates() {
        ApiClient admin = ApiClient.admin(port);
        JsonNode first = admin.post("/api/demo-data", "").json();
        JsonNode second = admin.post("/api/demo-data", "").json();
        assertThat(second.path("createdShops")).isEmpty();
        assertThat(second.path("addedPaymentNames").asInt()).isZero();
        assertThat(second.path("addedDeliveryNames").asInt()).isZero();
        assertThat(second.path("storeProfileSet").asBoolean()).isFalse();
        assertThat(second.path("addedMailTemplates").asInt()).isZero();
        assertThat(second.path("shops").findValuesAsText("code")).isEqualTo(first.path("shops").findValuesAsText("code"));
        assertThat(shops.all().stream().filter(s -> s.name().equals("デモ楽天ショップ"))).hasSize(1);
        String rakuten = second.path("shops").get(0).path("code").asText();
        JsonNode card = admin.get("/api/shops/" + rakuten + "/payment-mappings").json().path("mappings").get(0);
        assertThat(card.path("paymentMethod").asText()).isEqualTo("CREDIT_CARD");
        assertThat(card.path("mallNames").toString()).isEqualTo("[\"クレジットカード\"]");
    }

    @Test
    void leavesACompleteStoreProfileAndAShopSpecificThanksTemplate() {
        ApiClient admin = ApiClient.admin(port);
        JsonNode result = admin.post("/api/demo-data", "").json();
        String rakuten = result.path("shops").get(0).path("code").asText();

        JsonNode profile = admin.get("/api/store-profile").json();
        assertThat(profile.path("complete").asBoolean()).isTrue();
        JsonNode templates = admin.get("/api/mail-templates?shop=" + rakuten + "&purpose=ORDER_THANKS").json();
        assertThat(templates.findValuesAsText("shop")).contains(rakuten);
    }

    @Test
    void operatorsCannotCreateDemoData() {
        ApiClient.Response denied = MethodTestSupport.operator(port).post("/api/demo-data", "");
        assertThat(denied.status()).isEqualTo(403);
    }

    @Test
    void theSettingsButtonCreatesDemoDataAndRedirectsWithAMessage() throws Exception {
        mvc.perform(post("/settings/demo-data").with(user("admin").roles("ADMIN")).with(csrf()))
                .andExpect(redirectedUrl("/settings"))
                .andExpect(flash().attribute("message", org.hamcrest.Matchers.startsWith("デモデータを作成しました")));
        mvc.perform(post("/settings/demo-data").with(user("op").roles("OPERATOR")).with(csrf()))
                .andExpect(result -> assertThat(result.getResponse().getStatus()).isEqualTo(403));
    }
}
