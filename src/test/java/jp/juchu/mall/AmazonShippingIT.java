package jp.juchu.mall;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import jp.juchu.core.Mall;
import jp.juchu.support.IntegrationTest;
import jp.juchu.support.StandIns;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Amazon SP-API confirmShipment through {@link MallShipments} against WireMock under /amazon (SP-API) and /lwa (Login
 * with Amazon): the LWA grant, the order and item look-ups, the confirmation body and what makes it skip or fail.
 */
@IntegrationTest
class AmazonShippingIT {

    private static final WireMockServer HTTP = StandIns.HTTP;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOKEN = "/lwa/auth/o2/token";

    @LocalServerPort
    int port;

    @Autowired
    MallShipments malls;

    private final List<StubMapping> stubs = new ArrayList<>();
    private String shop;
    private String clientId;
    private String accessToken;
    private String orderId;

    @BeforeEach
    void shop() {
        String suffix = MallTestShops.unique();
        clientId = "amzn1.application-oa2-client." + suffix;
        accessToken = "Atza|" + suffix;
        Map<String, Object> credentials = new LinkedHashMap<>();
        credentials.put("clientId", clientId);
        credentials.put("clientSecret", "amzsecret-" + suffix);
        credentials.put("refreshToken", "Atzr|" + suffix);
        credentials.put("sellerId", "A" + suffix.toUpperCase());
        shop = MallTestShops.create(port, "AMAZON", credentials);
        ThreadLocalRandom random = ThreadLocalRandom.current();
        orderId = String.format("%03d-%07d-%07d", random.nextInt(1000), random.nextInt(10_000_000), random.nextInt(10_000_000));
    }

    @AfterEach
    void removeStubs() {
        stubs.forEach(HTTP::removeStub);
    }

    @Test
    void theConfirmationListsEveryItemLeftToShipWithTheCarrierAndTheNumber() throws Exception {
        token(okJson(grant(accessToken)));
        order(accessToken, "Unshipped");
        stubs.add(HTTP.stubFor(get(urlPathEqualTo(items())).withHeader("x-amz-access-token", equalTo(accessToken))
                .withQueryParam("NextToken", absent())
                .willReturn(okJson("{\"payload\":{\"AmazonOrderId\":\"" + orderId + "\",\"NextToken\":\"page-2\",\"OrderItems\":["
                        + "{\"OrderItemId\":\"11111111111111\",\"QuantityOrdered\":2,\"QuantityShipped\":0}]}}"))));
        stubs.add(HTTP.stubFor(get(urlPathEqualTo(items())).withHeader("x-amz-access-token", equalTo(accessToken))
                .withQueryParam("NextToken", equalTo("page-2"))
                .willReturn(okJson("{\"payload\":{\"AmazonOrderId\":\"" + orderId + "\",\"OrderItems\":["
                        + "{\"OrderItemId\":\"22222222222222\",\"QuantityOrdered\":1,\"QuantityShipped\":0}]}}"))));
        confirm(accessToken, aResponse().withStatus(204));

        assertThat(malls.linkOf(shop)).isEqualTo(TrackingLink.API);
        PushResult result = malls.pushTracking(shop, notice("YAMATO", "ヤマト運輸", "444413758703", "512547514334"));

        assertThat(result.sent()).containsExactly("444413758703");
        assertThat(result.notSent()).containsExactly("512547514334");
        LoggedRequest confirmation = single(HTTP.findAll(postRequestedFor(urlEqualTo(confirmation()))));
        assertThat(confirmation.getHeader("x-amz-access-token")).isEqualTo(accessToken);
        JsonNode body = JSON.readTree(confirmation.getBodyAsString());
        assertThat(body.path("marketplaceId").asText()).isEqualTo("A1VC38T7YXB528");
        JsonNode detail = body.path("packageDetail");
        assertThat(detail.path("packageReferenceId").asText()).isEqualTo("1");
        assertThat(detail.path("carrierCode").asText()).isEqualTo("YamatoTransport");
        assertThat(detail.has("carrierName")).isFalse();
        assertThat(detail.path("trackingNumber").asText()).isEqualTo("444413758703");
        assertThat(detail.path("shipDate").asText()).isEqualTo("2026-01-15T03:00:00Z");
        assertThat(detail.path("orderItems")).hasSize(2);
        assertThat(detail.path("orderItems").get(0).path("orderItemId").asText()).isEqualTo("11111111111111");
        assertThat(detail.path("orderItems").get(0).path("quantity").asInt()).isEqualTo(2);
        assertThat(detail.path("orderItems").get(1).path("orderItemId").asText()).isEqualTo("22222222222222");
        LoggedRequest grant = single(HTTP.findAll(postRequestedFor(urlEqualTo(TOKEN)).withRequestBody(containing("client_id=" + clientId.replace("|", "%7C")))));
        assertThat(grant.getBodyAsString()).contains("grant_type=refresh_token").contains("client_secret=amzsecret-")
                .contains("refresh_token=Atzr%7C");
        assertThat(malls.complete(shop, orderId)).satisfies(c -> {
            assertThat(c.mall()).isEqualTo(Mall.AMAZON);
            assertThat(c.changed()).isFalse();
        });
    }

    @Test
    void aCarrierAmazonDoesNotListGoesAsOtherWithItsNameAndPartlyShippedItemsWithWhatIsLeft() throws Exception {
        token(okJson(grant(accessToken)));
        order(accessToken, "PartiallyShipped");
        items(accessToken, "[{\"OrderItemId\":\"33333333333333\",\"QuantityOrdered\":3,\"QuantityShipped\":1},"
                + "{\"OrderItemId\":\"44444444444444\",\"QuantityOrdered\":1,\"QuantityShipped\":1}]");
        confirm(accessToken, aResponse().withStatus(204));

        malls.pushTracking(shop, notice("FUKUYAMA", "福山通運", "123456789012"));

        JsonNode detail = JSON.readTree(single(HTTP.findAll(postRequestedFor(urlEqualTo(confirmation())))).getBodyAsString())
                .path("packageDetail");
        assertThat(detail.path("carrierCode").asText()).isEqualTo("Other");
        assertThat(detail.path("carrierName").asText()).isEqualTo("福山通運");
        assertThat(detail.path("packageReferenceId").asText()).as("after the units already shipped").isEqualTo("3");
        assertThat(detail.path("orderItems")).hasSize(1);
        assertThat(detail.path("orderItems").get(0).path("quantity").asInt()).isEqualTo(2);
    }

    @Test
    void anOrderAmazonShowsAsShippedIsNotConfirmedAgainAndTheTokenIsReused() {
        token(okJson(grant(accessToken)));
        order(accessToken, "Shipped");
        confirm(accessToken, aResponse().withStatus(204));

        PushResult first = malls.pushTracking(shop, notice("YAMATO", "ヤマト運輸", "444413758703"));
        PushResult again = malls.pushTracking(shop, notice("YAMATO", "ヤマト運輸", "444413758703"));

        assertThat(first.sent()).isEmpty();
        assertThat(first.alreadyThere()).containsExactly("444413758703");
        assertThat(again.changed()).isFalse();
        assertThat(HTTP.findAll(postRequestedFor(urlEqualTo(confirmation())))).isEmpty();
        assertThat(HTTP.findAll(postRequestedFor(urlEqualTo(TOKEN)).withRequestBody(containing("client_id=" + clientId)))).hasSize(1);
    }

    @Test
    void anExpiredAccessTokenAnswered403IsReplacedOnce() {
        String stale = accessToken + "-stale";
        String scenario = "lwa-" + clientId;
        stubs.add(HTTP.stubFor(post(urlEqualTo(TOKEN)).withRequestBody(containing("client_id=" + clientId)).inScenario(scenario)
                .whenScenarioStateIs(Scenario.STARTED).willReturn(okJson(grant(stale))).willSetStateTo("renewed")));
        stubs.add(HTTP.stubFor(post(urlEqualTo(TOKEN)).withRequestBody(containing("client_id=" + clientId)).inScenario(scenario)
                .whenScenarioStateIs("renewed").willReturn(okJson(grant(accessToken)))));
        stubs.add(HTTP.stubFor(get(urlEqualTo(order())).withHeader("x-amz-access-token", equalTo(stale))
                .willReturn(aResponse().withStatus(403).withHeader("Content-Type", "application/json")
                        .withBody("{\"errors\":[{\"code\":\"Unauthorized\",\"message\":\"Access to requested resource is denied.\"}]}"))));
        order(accessToken, "Unshipped");
        items(accessToken, "[{\"OrderItemId\":\"55555555555555\",\"QuantityOrdered\":1,\"QuantityShipped\":0}]");
        confirm(accessToken, aResponse().withStatus(204));

        PushResult result = malls.pushTracking(shop, notice("SAGAWA", "佐川急便", "512547514334"));

        assertThat(result.sent()).containsExactly("512547514334");
        assertThat(HTTP.findAll(postRequestedFor(urlEqualTo(TOKEN)).withRequestBody(containing("client_id=" + clientId)))).hasSize(2);
    }

    @Test
    void aRefusedConfirmationIsFinalWithAmazonsReasonAndThrottlingMayBeRetried() {
        token(okJson(grant(accessToken)));
        order(accessToken, "Unshipped");
        items(accessToken, "[{\"OrderItemId\":\"66666666666666\",\"QuantityOrdered\":1,\"QuantityShipped\":0}]");
        confirm(accessToken, aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                .withBody("{\"errors\":[{\"code\":\"InvalidInput\",\"message\":\"Invalid tracking number\",\"details\":\"trackingNumber\"}]}"));

        assertThatThrownBy(() -> malls.pushTracking(shop, notice("YAMATO", "ヤマト運輸", "444413758703")))
                .isInstanceOfSatisfying(MallApiException.class, e -> {
                    assertThat(e.kind()).isEqualTo(MallApiException.Kind.REJECTED);
                    assertThat(e.retryable()).isFalse();
                })
                .hasMessageContaining("[InvalidInput] Invalid tracking number").hasMessageNotContaining(accessToken);

        removeStubs();
        stubs.clear();
        token(okJson(grant(accessToken)));
        stubs.add(HTTP.stubFor(get(urlEqualTo(order())).willReturn(aResponse().withStatus(429))));
        assertThatThrownBy(() -> malls.pushTracking(shop, notice("YAMATO", "ヤマト運輸", "444413758703")))
                .isInstanceOfSatisfying(MallApiException.class, e -> assertThat(e.retryable()).isTrue());
    }

    @Test
    void aCancelledOrderIsNotConfirmed() {
        token(okJson(grant(accessToken)));
        order(accessToken, "Canceled");

        assertThatThrownBy(() -> malls.pushTracking(shop, notice("YAMATO", "ヤマト運輸", "444413758703")))
                .isInstanceOfSatisfying(MallApiException.class, e -> assertThat(e.retryable()).isFalse())
                .hasMessageContaining("Canceled");
    }

    private TrackingNotice notice(String carrier, String carrierName, String... numbers) {
        return new TrackingNotice(orderId, List.of(new TrackingNotice.ShipmentNotice(null, carrier, carrierName, List.of(numbers),
                LocalDate.of(2026, 1, 15), null)));
    }

    private void token(ResponseDefinitionBuilder response) {
        stubs.add(HTTP.stubFor(post(urlEqualTo(TOKEN)).withRequestBody(containing("client_id=" + clientId)).willReturn(response)));
    }

    private void order(String token, String status) {
        stubs.add(HTTP.stubFor(get(urlEqualTo(order())).withHeader("x-amz-access-token", equalTo(token))
                .willReturn(okJson("{\"payload\":{\"AmazonOrderId\":\"" + orderId + "\",\"OrderStatus\":\"" + status
                        + "\",\"PurchaseDate\":\"2026-01-14T01:00:00Z\",\"MarketplaceId\":\"A1VC38T7YXB528\"}}"))));
    }

    private void items(String token, String items) {
        stubs.add(HTTP.stubFor(get(urlPathEqualTo(items())).withHeader("x-amz-access-token", equalTo(token))
                .willReturn(okJson("{\"payload\":{\"AmazonOrderId\":\"" + orderId + "\",\"OrderItems\":" + items + "}}"))));
    }

    private void confirm(String token, ResponseDefinitionBuilder response) {
        stubs.add(HTTP.stubFor(post(urlEqualTo(confirmation())).withHeader("x-amz-access-token", equalTo(token)).willReturn(response)));
    }

    private String order() {
        return "/amazon/orders/v0/orders/" + orderId;
    }

    private String items() {
        return order() + "/orderItems";
    }

    private String confirmation() {
        return order() + "/shipmentConfirmation";
    }

    private static String grant(String token) {
        return "{\"access_token\":\"" + token + "\",\"refresh_token\":\"ignored\",\"token_type\":\"bearer\",\"expires_in\":3600}";
    }

    private static LoggedRequest single(List<LoggedRequest> requests) {
        assertThat(requests).hasSize(1);
        return requests.get(0);
    }
}
