package jp.juchu.mall;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.juchu.support.IntegrationTest;
import jp.juchu.support.RakutenApiStub;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** 楽天 updateOrderShipping through {@link MallShipments}: the request, the idempotency check and RMS refusals. */
@IntegrationTest
class RakutenShippingIT extends RakutenApiStub {

    static final String UPDATE = "/es/2.0/order/updateOrderShipping/";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalDate SHIPPED_ON = LocalDate.of(2026, 12, 1);

    @LocalServerPort
    int port;

    @Autowired
    MallShipments malls;

    private final List<StubMapping> stubs = new ArrayList<>();

    @AfterEach
    void removeStubs() {
        stubs.forEach(RMS::removeStub);
    }

    @Test
    void theNumbersGoToTheirBasketWithCarrierCodeAndShipDate() throws Exception {
        TestShop shop = createRakutenShop(port, LocalDate.now().plusYears(1).toString(), false);
        String number = orderNumber();
        getOrder(shop, number, "[" + basket(501, "") + "," + basket(502, "") + "]");
        update(shop, okJson("{\"MessageModelList\":[{\"messageType\":\"INFO\",\"messageCode\":\"ORDER_EXT_API_UPDATE_ORDERSHIPPING_INFO_101\","
                + "\"message\":\"発送情報の更新に成功しました。\"}]}"));

        PushResult result = malls.pushTracking(shop.code(), new TrackingNotice(number, List.of(
                shipment("502", "SAGAWA", "512547514334", "405548424886"), shipment("501", "YAMATO", "444413758703"))));

        assertThat(result.sent()).containsExactly("512547514334", "405548424886", "444413758703");
        assertThat(result.alreadyThere()).isEmpty();
        List<LoggedRequest> updates = requests(UPDATE, shop);
        assertThat(updates).hasSize(1);
        assertThat(updates.get(0).getHeader("Content-Type")).startsWith("application/json");
        JsonNode body = JSON.readTree(updates.get(0).getBodyAsString());
        assertThat(body.path("orderNumber").asText()).isEqualTo(number);
        JsonNode baskets = body.path("BasketidModelList");
        assertThat(baskets).hasSize(2);
        assertThat(baskets.get(0).path("basketId").asLong()).isEqualTo(502);
        JsonNode first = baskets.get(0).path("ShippingModelList").get(0);
        assertThat(first.path("deliveryCompany").asText()).isEqualTo("1002");
        assertThat(first.path("shippingNumber").asText()).isEqualTo("512547514334");
        assertThat(first.path("shippingDate").asText()).isEqualTo("2026-12-01");
        assertThat(first.has("shippingDetailId")).as("no id: a new 発送明細").isFalse();
        assertThat(baskets.get(0).path("ShippingModelList")).hasSize(2);
        assertThat(baskets.get(1).path("basketId").asLong()).isEqualTo(501);
        assertThat(baskets.get(1).path("ShippingModelList").get(0).path("deliveryCompany").asText()).isEqualTo("1001");
    }

    @Test
    void numbersRmsAlreadyHasAreNotSentAgainAndNothingNewMeansNoUpdate() throws Exception {
        TestShop shop = createRakutenShop(port, null, false);
        String number = orderNumber();
        getOrder(shop, number, "[" + basket(601, "{\"shippingDetailId\":1,\"shippingNumber\":\"4444-1375-8703\",\"deliveryCompany\":\"1001\","
                + "\"shippingDate\":\"2026-12-01\"}") + "]");
        update(shop, okJson("{\"MessageModelList\":[]}"));

        PushResult nothingNew = malls.pushTracking(shop.code(), new TrackingNotice(number, List.of(shipment("601", "YAMATO", "444413758703"))));
        assertThat(nothingNew.sent()).isEmpty();
        assertThat(nothingNew.alreadyThere()).containsExactly("444413758703");
        assertThat(requests(UPDATE, shop)).isEmpty();

        PushResult oneNew = malls.pushTracking(shop.code(), new TrackingNotice(number,
                List.of(shipment("601", "YAMATO", "444413758703", "512547514334"))));
        assertThat(oneNew.sent()).containsExactly("512547514334");
        List<LoggedRequest> updates = requests(UPDATE, shop);
        assertThat(updates).hasSize(1);
        JsonNode shippings = JSON.readTree(updates.get(0).getBodyAsString()).path("BasketidModelList").get(0).path("ShippingModelList");
        assertThat(shippings).hasSize(1);
        assertThat(shippings.get(0).path("shippingNumber").asText()).isEqualTo("512547514334");
    }

    @Test
    void aShipmentWithoutBasketIdGoesToTheOrdersOnlyBasketButNotToOneOfSeveral() {
        TestShop shop = createRakutenShop(port, null, false);
        String single = orderNumber();
        String several = orderNumber();
        getOrder(shop, single, "[" + basket(701, "") + "]");
        getOrder(shop, several, "[" + basket(702, "") + "," + basket(703, "") + "]");
        update(shop, okJson("{\"MessageModelList\":[]}"));

        malls.pushTracking(shop.code(), new TrackingNotice(single, List.of(shipment(null, "JAPANPOST", "405548424886"))));
        assertThat(requests(UPDATE, shop)).singleElement().satisfies(request ->
                assertThat(request.getBodyAsString()).contains("\"basketId\":701").contains("\"deliveryCompany\":\"1003\""));

        assertThatThrownBy(() -> malls.pushTracking(shop.code(), new TrackingNotice(several, List.of(shipment(null, "YAMATO", "444413758703")))))
                .isInstanceOfSatisfying(MallApiException.class, e -> assertThat(e.retryable()).isFalse())
                .hasMessageContaining("送付先が2件");
        assertThatThrownBy(() -> malls.pushTracking(shop.code(), new TrackingNotice(several, List.of(shipment("999", "YAMATO", "444413758703")))))
                .isInstanceOf(MallApiException.class).hasMessageContaining("送付先ID 999 がありません");
        assertThat(requests(UPDATE, shop)).hasSize(1);
    }

    @Test
    void anErrorMessageFromRmsIsARefusalWithItsText() {
        TestShop shop = createRakutenShop(port, null, false);
        String number = orderNumber();
        getOrder(shop, number, "[" + basket(801, "") + "]");
        update(shop, okJson("{\"MessageModelList\":[{\"messageType\":\"ERROR\",\"messageCode\":\"ORDER_EXT_API_UPDATE_ORDERSHIPPING_ERROR_016\","
                + "\"message\":\"お荷物伝票番号に機種依存文字が含まれています。\",\"orderNumber\":\"" + number + "\"}]}"));

        assertThatThrownBy(() -> malls.pushTracking(shop.code(), new TrackingNotice(number, List.of(shipment("801", "YAMATO", "444413758703")))))
                .isInstanceOfSatisfying(MallApiException.class, e -> {
                    assertThat(e.kind()).isEqualTo(MallApiException.Kind.REJECTED);
                    assertThat(e.retryable()).isFalse();
                })
                .hasMessageContaining("ORDER_EXT_API_UPDATE_ORDERSHIPPING_ERROR_016").hasMessageContaining("機種依存文字");
        assertThat(requests(UPDATE, shop)).hasSize(1);
    }

    @Test
    void aServerErrorIsRetriedAndTheRetryReadsTheOrderAgain() {
        TestShop shop = createRakutenShop(port, null, false);
        String number = orderNumber();
        getOrder(shop, number, "[" + basket(901, "") + "]");
        update(shop, aResponse().withStatus(500));

        assertThatThrownBy(() -> malls.pushTracking(shop.code(), new TrackingNotice(number, List.of(shipment("901", "YAMATO", "444413758703")))))
                .isInstanceOfSatisfying(MallApiException.class, e -> {
                    assertThat(e.kind()).isEqualTo(MallApiException.Kind.SERVER_ERROR);
                    assertThat(e.retryable()).isTrue();
                })
                .hasMessageContaining("3回試行");
        assertThat(requests(UPDATE, shop)).hasSize(3);
        assertThat(requests(GET, shop)).as("every try first checks what RMS has").hasSize(3);
    }

    private void getOrder(TestShop shop, String number, String packages) {
        stubs.add(RMS.stubFor(post(urlEqualTo(GET)).withHeader("Authorization", equalTo(shop.authorization()))
                .withRequestBody(matchingJsonPath("$.orderNumberList[0]", equalTo(number)))
                .willReturn(okJson("{\"MessageModelList\":[],\"OrderModelList\":[{\"orderNumber\":\"" + number
                        + "\",\"orderProgress\":300,\"PackageModelList\":" + packages + "}]}"))));
    }

    private void update(TestShop shop, com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder response) {
        stubs.add(RMS.stubFor(post(urlEqualTo(UPDATE)).withHeader("Authorization", equalTo(shop.authorization())).willReturn(response)));
    }

    static String basket(long basketId, String shippings) {
        return "{\"basketId\":" + basketId + ",\"packageDeleteFlag\":0,\"ShippingModelList\":[" + shippings + "]}";
    }

    private static TrackingNotice.ShipmentNotice shipment(String basketId, String carrier, String... numbers) {
        return new TrackingNotice.ShipmentNotice(basketId, carrier, carrier, List.of(numbers), SHIPPED_ON, null);
    }

    private static String orderNumber() {
        return orderPrefix() + "-20261130-" + (1_000_000 + (int) (Math.random() * 8_999_999));
    }

    private static List<LoggedRequest> requests(String path, TestShop shop) {
        return RMS.findAll(postRequestedFor(urlEqualTo(path)).withHeader("Authorization", equalTo(shop.authorization())));
    }
}
