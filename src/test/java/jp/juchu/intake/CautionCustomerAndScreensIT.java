package jp.juchu.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import jp.juchu.core.Mall;
import jp.juchu.core.PhoneNumber;
import jp.juchu.order.CheckFlag;
import jp.juchu.order.Order;
import jp.juchu.order.OrderBook;
import jp.juchu.order.OrderChecks;
import jp.juchu.order.OrderStatus;
import jp.juchu.shop.DeliverySettings;
import jp.juchu.shop.DemoData;
import jp.juchu.shop.PaymentSettings;
import jp.juchu.shop.ShopManagement;
import jp.juchu.shop.ShopRef;
import jp.juchu.support.ApiClient;
import jp.juchu.support.IntegrationTest;
import jp.juchu.support.ProcessTestOrders;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@IntegrationTest
class CautionCustomerAndScreensIT {

    static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    OrderIntake intake;

    @Autowired
    OrderChecks checks;

    @Autowired
    OrderBook orders;

    @Autowired
    ShopManagement shopManagement;

    @Autowired
    DemoData demoData;

    @Autowired
    PaymentSettings paymentSettings;

    @Autowired
    DeliverySettings deliverySettings;

    static String uniquePhone() {
        return "090" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    @Test
    void aCautionCustomerStopsTheOrderWithItsWarningUntilRemoved() {
        ApiClient api = ApiClient.admin(port);
        String phone = uniquePhone();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "要注意 太郎");
        body.put("phone", phone);
        body.put("warningText", "受取拒否が2回あります");
        ApiClient.Response created = api.post("/api/caution-customers", body);
        assertThat(created.status()).isEqualTo(201);
        long id = created.json().path("id").asLong();
        try {
            assertThat(api.get("/api/caution-customers").json().path("items").findValuesAsText("phone")).contains(phone);

            ShopRef shop = ImportTestSupport.shopWithDemoMappings(Mall.RAKUTEN, shopManagement, demoData, paymentSettings, deliverySettings);
            ImportedParty orderer = new ImportedParty("要注意", "太郎", null, null, ImportedOrderMappingTest.tokyo(), phone,
                    new PhoneNumber(phone), null);
            ImportedOrder imported = ImportedOrderMappingTest.order(orderer, ImportedOrderMappingTest.amounts(0, 0, 0, 0, 0),
                    Set.of(), List.of(ImportedOrderMappingTest.line(1500, 2, null)), List.of());
            ImportOutcome outcome = intake.register(shop, imported, "tester");
            assertThat(outcome.kind()).isEqualTo(ImportOutcome.Kind.REGISTERED);
            assertThat(outcome.needsReview()).isTrue();
            Order order = orders.require(outcome.orderId());
            assertThat(order.getFlags()).filteredOn(f -> f.flag() == CheckFlag.CAUTION_CUSTOMER).singleElement()
                    .satisfies(flag -> assertThat(flag.reason()).contains("受取拒否が2回あります", phone));

            assertThat(intake.register(shop, imported, "tester").kind()).isEqualTo(ImportOutcome.Kind.UNCHANGED);

            // let the order's own check run (order.check) settle at 確認待 before running the checks again here
            ProcessTestOrders.await("受注 " + outcome.orderId() + " が確認待",
                    () -> orders.require(outcome.orderId()).getStatus() == OrderStatus.REVIEW ? true : null);
            assertThat(api.delete("/api/caution-customers/" + id).status()).isEqualTo(204);
            assertThat(checks.run(outcome.orderId()).flags()).doesNotContainKey(CheckFlag.CAUTION_CUSTOMER);
            assertThat(orders.require(outcome.orderId()).getFlagKinds()).doesNotContain(CheckFlag.CAUTION_CUSTOMER);
        } finally {
            api.delete("/api/caution-customers/" + id);
        }
    }

    @Test
    void aCautionCustomerWithoutAnyKeyIsRefusedAndNothingIsStored() {
        ApiClient api = ApiClient.admin(port);
        String marker = "キーなし" + System.nanoTime();
        ApiClient.Response refused = api.post("/api/caution-customers", Map.of("name", "名前だけ", "warningText", marker));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("field").asText()).isEqualTo("phone");
        assertThat(refused.json().path("message").asText()).contains("いずれかを入力してください");
        ApiClient.Response noText = api.post("/api/caution-customers", Map.of("phone", uniquePhone()));
        assertThat(noText.json().path("field").asText()).isEqualTo("warningText");
        assertThat(noText.json().path("message").asText()).isEqualTo("警告内容を入力してください");
        JsonNode list = api.get("/api/caution-customers").json();
        assertThat(list.path("items").findValuesAsText("warningText")).doesNotContain(marker);
        assertThat(api.delete("/api/caution-customers/987654321").status()).isEqualTo(404);
    }

    @Test
    void theCautionCustomerScreenAddsAndReRendersTypedValuesWithTheFieldError() throws Exception {
        String phone = uniquePhone();
        mvc.perform(post("/settings/caution-customers").with(ADMIN).with(csrf())
                        .param("name", "画面 花子").param("phone", "12").param("warningText", "画面から"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("電話番号は10桁または11桁の数字で入力してください")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("画面 花子")));
        mvc.perform(post("/settings/caution-customers").with(ADMIN).with(csrf())
                        .param("name", "画面 花子").param("phone", phone).param("warningText", "画面から").param("active", "true"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/settings/caution-customers").with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(phone)));
        ApiClient api = ApiClient.admin(port);
        api.get("/api/caution-customers").json().path("items").forEach(item -> {
            if (phone.equals(item.path("phone").asText())) {
                api.delete("/api/caution-customers/" + item.path("id").asLong());
            }
        });
    }

    @Test
    void theUploadScreenStartsAJobAndShowsFieldErrors() throws Exception {
        ShopRef shop = ImportTestSupport.shopWithDemoMappings(Mall.AMAZON, shopManagement, demoData, paymentSettings, deliverySettings);
        mvc.perform(get("/orders/import").with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(shop.code())));
        mvc.perform(multipart("/orders/import").param("shop", shop.code()).param("format", "AMAZON_REPORT").with(ADMIN).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("取り込むファイルを選択してください")));
        MockMultipartFile file = new MockMultipartFile("file", "amazon_orders.txt", "text/plain", ImportTestSupport.fixture("amazon_orders.txt"));
        String location = mvc.perform(multipart("/orders/import").file(file).param("shop", shop.code()).param("format", "")
                        .with(ADMIN).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/jobs/*"))
                .andReturn().getResponse().getRedirectedUrl();
        long jobId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        JsonNode job = ImportTestSupport.awaitFinished(port, jobId);
        assertThat(job.path("imported").asInt()).isEqualTo(20);
        assertThat(job.path("startedBy").asText()).isEqualTo("admin");
    }
}
