package jp.juchu.mall;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.IntStream;
import jp.juchu.support.IntegrationTest;
import jp.juchu.support.RakutenApiStub;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class RakutenPayOrdersIT extends RakutenApiStub {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    RakutenPayOrders rakuten;

    @Test
    void searchReadsEveryPageWithTheExactAuthorizationHeader() throws Exception {
        TestShop shop = createRakutenShop(port, LocalDate.now().plusYears(1).toString(), true);
        String prefix = orderPrefix();
        RMS.stubFor(post(urlEqualTo(SEARCH)).withHeader("Authorization", equalTo(shop.authorization()))
                .withRequestBody(matchingJsonPath("$.PaginationRequestModel.requestPage", equalTo("1")))
                .willReturn(okJson(json("searchOrder-page1.json", prefix))));
        RMS.stubFor(post(urlEqualTo(SEARCH)).withHeader("Authorization", equalTo(shop.authorization()))
                .withRequestBody(matchingJsonPath("$.PaginationRequestModel.requestPage", equalTo("2")))
                .willReturn(okJson(json("searchOrder-page2.json", prefix))));

        Instant to = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        List<String> numbers = rakuten.open(shop.code()).searchOrderNumbers(to.minus(1, ChronoUnit.DAYS), to);

        assertThat(numbers).containsExactly(prefix + "-20261130-0000000001", prefix + "-20261130-0000000002",
                prefix + "-20261130-0000000003");
        List<LoggedRequest> requests = requests(SEARCH, shop);
        assertThat(requests).hasSize(2);
        JsonNode first = JSON.readTree(requests.get(0).getBodyAsString());
        assertThat(first.path("dateType").asInt()).isEqualTo(1);
        assertThat(first.path("startDatetime").asText()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+0900");
        assertThat(first.path("PaginationRequestModel").path("requestRecordsAmount").asInt()).isEqualTo(1000);
        assertThat(first.path("PaginationRequestModel").path("SortModelList").get(0).path("sortColumn").asInt()).isEqualTo(1);
        assertThat(requests.get(0).getHeader("Content-Type")).startsWith("application/json");
        assertThat(shop.authorization()).isEqualTo("ESA " + java.util.Base64.getEncoder()
                .encodeToString((shop.serviceSecret() + ":" + shop.licenseKey()).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Test
    void getOrderAsksForAtMostOneHundredOrdersPerCall() throws Exception {
        TestShop shop = createRakutenShop(port, null, true);
        String prefix = orderPrefix();
        RMS.stubFor(post(urlEqualTo(GET)).withHeader("Authorization", equalTo(shop.authorization()))
                .willReturn(okJson(json("getOrder-three-orders.json", prefix))));
        List<String> numbers = IntStream.rangeClosed(1, 250).mapToObj(i -> prefix + "-20261130-" + String.format("%010d", i)).toList();

        List<RakutenOrderModel.Order> orders = rakuten.open(shop.code()).getOrders(numbers);

        assertThat(orders).hasSize(9);
        List<LoggedRequest> requests = requests(GET, shop);
        assertThat(requests).hasSize(3);
        List<Integer> sizes = requests.stream().map(r -> read(r).path("orderNumberList").size()).toList();
        assertThat(sizes).containsExactly(100, 100, 50);
        assertThat(read(requests.get(0)).path("version").asInt()).isEqualTo(7);
        assertThat(read(requests.get(2)).path("orderNumberList").get(49).asText()).isEqualTo(numbers.get(249));
    }

    @Test
    void aRateLimitedCallIsRetriedAndThenSucceeds() {
        TestShop shop = createRakutenShop(port, null, true);
        String prefix = orderPrefix();
        String scenario = "429-" + shop.code();
        RMS.stubFor(post(urlEqualTo(SEARCH)).withHeader("Authorization", equalTo(shop.authorization()))
                .inScenario(scenario).whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429)).willSetStateTo("retried"));
        RMS.stubFor(post(urlEqualTo(SEARCH)).withHeader("Authorization", equalTo(shop.authorization()))
                .inScenario(scenario).whenScenarioStateIs("retried")
                .willReturn(okJson(json("searchOrder-page2.json", prefix).replace("\"totalPages\": 2", "\"totalPages\": 1"))));

        List<String> numbers = rakuten.open(shop.code()).searchOrderNumbers(Instant.now().minusSeconds(3600), Instant.now());

        assertThat(numbers).containsExactly(prefix + "-20261130-0000000003");
        assertThat(requests(SEARCH, shop)).hasSize(2);
    }

    @Test
    void aPersistentMaintenanceFailsAfterTheConfiguredTries() {
        TestShop shop = createRakutenShop(port, null, true);
        RMS.stubFor(post(urlEqualTo(SEARCH)).withHeader("Authorization", equalTo(shop.authorization()))
                .willReturn(aResponse().withStatus(503)));

        assertThatThrownBy(() -> rakuten.open(shop.code()).searchOrderNumbers(Instant.now().minusSeconds(60), Instant.now()))
                .isInstanceOfSatisfying(MallApiException.class, e -> {
                    assertThat(e.kind()).isEqualTo(MallApiException.Kind.UNAVAILABLE);
                    assertThat(e.httpStatus()).isEqualTo(503);
                })
                .hasMessageContaining("メンテナンス中").hasMessageContaining("3回試行");
        assertThat(requests(SEARCH, shop)).hasSize(3);
    }

    @Test
    void anAuthenticationErrorIsNotRetriedAndNeverShowsTheCredentials() {
        TestShop shop = createRakutenShop(port, null, true);
        RMS.stubFor(post(urlEqualTo(SEARCH)).withHeader("Authorization", equalTo(shop.authorization()))
                .willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
                        .withBody(json("error-auth.json", ""))));

        assertThatThrownBy(() -> rakuten.open(shop.code()).searchOrderNumbers(Instant.now().minusSeconds(60), Instant.now()))
                .isInstanceOfSatisfying(MallApiException.class,
                        e -> assertThat(e.kind()).isEqualTo(MallApiException.Kind.AUTHENTICATION))
                .hasMessageContaining("認証に失敗しました")
                .hasMessageNotContaining(shop.serviceSecret()).hasMessageNotContaining(shop.licenseKey());
        assertThat(requests(SEARCH, shop)).hasSize(1);
    }

    @Test
    void anErrorMessageModelIsReportedWithItsCode() {
        TestShop shop = createRakutenShop(port, null, true);
        RMS.stubFor(post(urlEqualTo(SEARCH)).withHeader("Authorization", equalTo(shop.authorization()))
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                        .withBody(json("error-search-period.json", ""))));
        RMS.stubFor(post(urlEqualTo(GET)).withHeader("Authorization", equalTo(shop.authorization()))
                .willReturn(okJson(json("error-search-period.json", ""))));
        RakutenPayOrderSession session = rakuten.open(shop.code());

        assertThatThrownBy(() -> session.searchOrderNumbers(Instant.now().minusSeconds(60), Instant.now()))
                .isInstanceOfSatisfying(MallApiException.class, e -> assertThat(e.kind()).isEqualTo(MallApiException.Kind.REJECTED))
                .hasMessageContaining("ORDER_EXT_API_SEARCH_ORDER_ERROR_009").hasMessageContaining("63日以内");
        assertThatThrownBy(() -> session.getOrders(List.of("1-2-3")))
                .isInstanceOf(MallApiException.class).hasMessageContaining("楽天RMSがエラーを返しました");
        assertThat(requests(SEARCH, shop)).hasSize(1);
    }

    @Test
    void anExpiredLicenseKeyIsRefusedWithoutAnyCall() {
        TestShop shop = createRakutenShop(port, LocalDate.now().minusDays(1).toString(), true);

        assertThatThrownBy(() -> rakuten.open(shop.code()))
                .isInstanceOfSatisfying(MallApiException.class,
                        e -> assertThat(e.kind()).isEqualTo(MallApiException.Kind.LICENSE_EXPIRED))
                .hasMessageContaining("有効期限が切れています");
        assertThat(requests(SEARCH, shop)).isEmpty();
        assertThat(requests(GET, shop)).isEmpty();
    }

    @Test
    void aLicenseKeyExpiringWithinFourteenDaysGivesAWarning() {
        TestShop soon = createRakutenShop(port, LocalDate.now().plusDays(10).toString(), true);
        TestShop later = createRakutenShop(port, LocalDate.now().plusDays(60).toString(), true);

        assertThat(rakuten.open(soon.code()).licenseWarning()).hasValueSatisfying(w -> assertThat(w).contains("有効期限"));
        assertThat(rakuten.open(later.code()).licenseWarning()).isEmpty();
    }

    private static List<LoggedRequest> requests(String path, TestShop shop) {
        return RMS.findAll(postRequestedFor(urlEqualTo(path)).withHeader("Authorization", equalTo(shop.authorization())));
    }

    private static JsonNode read(LoggedRequest request) {
        try {
            return JSON.readTree(request.getBodyAsString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
