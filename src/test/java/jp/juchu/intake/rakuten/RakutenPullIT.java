package jp.juchu.intake.rakuten;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import jp.juchu.order.Order;
import jp.juchu.order.OrderBook;
import jp.juchu.order.OrderSource;
import jp.juchu.order.OrderStatus;
import jp.juchu.shop.ShopDirectory;
import jp.juchu.support.ApiClient;
import jp.juchu.support.IntegrationTest;
import jp.juchu.support.RakutenApiStub;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class RakutenPullIT extends RakutenApiStub {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter RMS_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxx");

    @LocalServerPort
    int port;

    @Autowired
    OrderBook orders;

    @Autowired
    ShopDirectory shops;

    @Autowired
    RakutenPullWatermarks watermarks;

    @Test
    void pullsEveryPageRegistersEachOrderOnceAndMovesTheWatermark() throws Exception {
        TestShop shop = createRakutenShop(port, null, true);
        String prefix = orderPrefix();
        stubThreeOrders(shop, prefix);
        long shopId = shops.require(shop.code()).id();

        JsonNode first = awaitFinished(pull(shop));

        assertThat(first.path("state").asText()).isEqualTo("SUCCEEDED");
        assertThat(first.path("total").asInt()).isEqualTo(3);
        assertThat(first.path("processed").asInt()).isEqualTo(3);
        assertThat(first.path("imported").asInt()).isEqualTo(3);
        assertThat(first.path("message").asText()).contains("3件").contains("新規 3件");
        Order regular = order(shopId, prefix + "-20261130-0000000001");
        assertThat(regular.getSource()).isEqualTo(OrderSource.API);
        assertThat(regular.getStatus()).isNotEqualTo(OrderStatus.CANCELLED);
        assertThat(regular.getPaymentMethodRaw()).isEqualTo("クレジットカード");
        assertThat(regular.getComments()).contains("玄関前に置いてください");
        assertThat(order(shopId, prefix + "-20261130-0000000002").getShipments()).hasSize(2);
        assertThat(order(shopId, prefix + "-20261130-0000000003").getStatus()).isEqualTo(OrderStatus.CANCELLED);
        Instant watermark = watermarks.pulledUntil(shopId).orElseThrow();
        assertThat(watermark).isBetween(Instant.now().minusSeconds(120), Instant.now());

        JsonNode second = awaitFinished(pull(shop));

        assertThat(second.path("state").asText()).isEqualTo("SUCCEEDED");
        assertThat(second.path("imported").asInt()).isZero();
        assertThat(second.path("duplicates").asInt()).isEqualTo(3);
        List<LoggedRequest> searches = requests(SEARCH, shop);
        assertThat(searches).hasSize(4);
        String secondStart = JSON.readTree(searches.get(2).getBodyAsString()).path("startDatetime").asText();
        assertThat(OffsetDateTime.parse(secondStart, RMS_TIME).toInstant())
                .isEqualTo(watermark.minus(Duration.ofMinutes(10)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        assertThat(watermarks.pulledUntil(shopId).orElseThrow()).isAfterOrEqualTo(watermark);
    }

    @Test
    void aPersistentOutageFailsTheJobAndLeavesTheWatermark() {
        TestShop shop = createRakutenShop(port, null, true);
        String prefix = orderPrefix();
        stubThreeOrders(shop, prefix);
        long shopId = shops.require(shop.code()).id();
        awaitFinished(pull(shop));
        Instant watermark = watermarks.pulledUntil(shopId).orElseThrow();
        RMS.stubFor(post(urlEqualTo(SEARCH)).withHeader("Authorization", equalTo(shop.authorization()))
                .atPriority(1).willReturn(aResponse().withStatus(503)));

        JsonNode failed = awaitFinished(pull(shop));

        assertThat(failed.path("state").asText()).isEqualTo("FAILED");
        assertThat(failed.path("message").asText()).contains("メンテナンス中").contains("3回試行");
        assertThat(watermarks.pulledUntil(shopId)).contains(watermark);
    }

    @Test
    void aRateLimitedSearchIsRetriedWithinThePull() {
        TestShop shop = createRakutenShop(port, null, true);
        String prefix = orderPrefix();
        stubThreeOrders(shop, prefix);
        String scenario = "pull-429-" + shop.code();
        RMS.stubFor(post(urlEqualTo(SEARCH)).withHeader("Authorization", equalTo(shop.authorization()))
                .atPriority(1).inScenario(scenario).whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429)).willSetStateTo("limited once"));

        JsonNode job = awaitFinished(pull(shop));

        assertThat(job.path("state").asText()).isEqualTo("SUCCEEDED");
        assertThat(job.path("imported").asInt()).isEqualTo(3);
        assertThat(requests(SEARCH, shop)).hasSize(3);
    }

    @Test
    void anErrorMessageFromRmsFailsThePullWithItsCode() {
        TestShop shop = createRakutenShop(port, null, true);
        RMS.stubFor(post(urlEqualTo(SEARCH)).withHeader("Authorization", equalTo(shop.authorization()))
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                        .withBody(json("error-search-period.json", ""))));

        JsonNode job = awaitFinished(pull(shop));

        assertThat(job.path("state").asText()).isEqualTo("FAILED");
        assertThat(job.path("message").asText()).contains("ORDER_EXT_API_SEARCH_ORDER_ERROR_009");
        assertThat(watermarks.pulledUntil(shops.require(shop.code()).id())).isEmpty();
    }

    @Test
    void cancelledOrdersAreSkippedWhenTheShopSaysSo() {
        TestShop shop = createRakutenShop(port, null, true);
        ApiClient.admin(port).put("/api/shops/" + shop.code(), Map.of("cancelledOrders", "SKIP"));
        String prefix = orderPrefix();
        stubThreeOrders(shop, prefix);

        JsonNode job = awaitFinished(pull(shop));

        assertThat(job.path("imported").asInt()).isEqualTo(2);
        assertThat(job.path("message").asText()).contains("キャンセル済みのため取り込まず 1件");
        assertThat(orders.findByMallOrderNumber(shops.require(shop.code()).id(), prefix + "-20261130-0000000003")).isEmpty();
    }

    @Test
    void pullsAreRefusedForUnknownIneligibleOrExpiredShops() {
        ApiClient admin = ApiClient.admin(port);
        assertThat(admin.post("/api/shops/NOSUCH999/order-pulls", Map.of()).status()).isEqualTo(404);

        TestShop expired = createRakutenShop(port, LocalDate.now().minusDays(1).toString(), true);
        assertRefused(admin.post("/api/shops/" + expired.code() + "/order-pulls", Map.of()), "有効期限が切れています");
        assertThat(requests(SEARCH, expired)).isEmpty();

        TestShop off = createRakutenShop(port, null, false);
        assertRefused(admin.post("/api/shops/" + off.code() + "/order-pulls", Map.of()), "使用しない");

        JsonNode bare = admin.post("/api/shops", Map.of("mall", "RAKUTEN", "name", "認証なし店 " + orderPrefix(),
                "shortName", "認証なし", "orderIntakeEnabled", true, "intakeConsent", true)).json();
        assertRefused(admin.post("/api/shops/" + bare.path("code").asText() + "/order-pulls", Map.of()), "設定されていません");

        JsonNode yahoo = admin.post("/api/shops", Map.of("mall", "YAHOO", "name", "Yahoo店 " + orderPrefix(),
                "shortName", "Y", "orderIntakeEnabled", true, "intakeConsent", true)).json();
        assertRefused(admin.post("/api/shops/" + yahoo.path("code").asText() + "/order-pulls", Map.of()), "楽天のショップだけ");
    }

    private static void assertRefused(ApiClient.Response response, String message) {
        assertThat(response.status()).isEqualTo(409);
        assertThat(response.json().path("message").asText()).contains(message);
    }

    private static void stubThreeOrders(TestShop shop, String prefix) {
        RMS.stubFor(post(urlEqualTo(SEARCH)).withHeader("Authorization", equalTo(shop.authorization()))
                .withRequestBody(matchingJsonPath("$.PaginationRequestModel.requestPage", equalTo("1")))
                .willReturn(okJson(json("searchOrder-page1.json", prefix))));
        RMS.stubFor(post(urlEqualTo(SEARCH)).withHeader("Authorization", equalTo(shop.authorization()))
                .withRequestBody(matchingJsonPath("$.PaginationRequestModel.requestPage", equalTo("2")))
                .willReturn(okJson(json("searchOrder-page2.json", prefix))));
        RMS.stubFor(post(urlEqualTo(GET)).withHeader("Authorization", equalTo(shop.authorization()))
                .willReturn(okJson(json("getOrder-three-orders.json", prefix))));
    }

    private long pull(TestShop shop) {
        ApiClient.Response response = ApiClient.admin(port).post("/api/shops/" + shop.code() + "/order-pulls", Map.of());
        assertThat(response.status()).as(response.body()).isEqualTo(202);
        return response.json().path("jobId").asLong();
    }

    private JsonNode awaitFinished(long jobId) {
        ApiClient admin = ApiClient.admin(port);
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> admin.get("/api/jobs/" + jobId).json(),
                        job -> List.of("SUCCEEDED", "PARTIAL", "FAILED").contains(job.path("state").asText()));
    }

    private Order order(long shopId, String number) {
        return orders.findByMallOrderNumber(shopId, number).orElseThrow(() -> new AssertionError("not registered: " + number));
    }

    private static List<LoggedRequest> requests(String path, TestShop shop) {
        return RMS.findAll(postRequestedFor(urlEqualTo(path)).withHeader("Authorization", equalTo(shop.authorization())));
    }
}
