package jp.juchu.orchestration;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import io.camunda.client.api.response.ActivatedJob;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import jp.juchu.order.Contact;
import jp.juchu.order.LineDetails;
import jp.juchu.order.OrderAmounts;
import jp.juchu.order.OrderBook;
import jp.juchu.order.OrderDetails;
import jp.juchu.order.OrderHistoryEntry;
import jp.juchu.order.OrderSource;
import jp.juchu.order.ShipmentDetails;
import jp.juchu.order.ShipmentTracking;
import jp.juchu.shop.ShopDirectory;
import jp.juchu.support.ApiClient;
import jp.juchu.support.IntegrationTest;
import jp.juchu.support.ProcessTestOrders;
import jp.juchu.support.RakutenApiStub;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * 荷物番号連携 by API in the running process, with faults injected into RMS: 楽天 orders of an API-linked shop go from
 * 出荷指示 to 完了 while updateOrderShipping answers 500/503, resets the connection or answers after the read timeout
 * (RMS stored the numbers, the answer is lost). The getOrder stub shows what RMS accepted, so every retry sees it:
 * each number must reach RMS exactly once and every order must end 完了.
 */
@IntegrationTest
class MallTrackingProcessIT extends RakutenApiStub {

    private static final String UPDATE = "/es/2.0/order/updateOrderShipping/";
    private static final String ACCEPTED = "accepted";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    @LocalServerPort
    int port;

    @Autowired
    OrderBook book;

    @Autowired
    ShopDirectory shops;

    @Autowired
    MallWorkers workers;

    private ProcessTestOrders orders;
    private final List<StubMapping> stubs = new ArrayList<>();
    /** Stubs whose answer means RMS stored the numbers (the request "succeeded" at RMS). */
    private final Set<UUID> accepting = new HashSet<>();

    /** One order and the answers RMS gives to its updateOrderShipping calls, in turn. */
    private record Case(String name, List<ResponseDefinitionBuilder> answers, long orderId, String number, String trackingNumber,
                        long basketId) {
    }

    @BeforeEach
    void process() {
        orders = new ProcessTestOrders(port);
    }

    @AfterEach
    void removeStubs() {
        stubs.forEach(RMS::removeStub);
    }

    @Test
    void everyOrderIsCompletedAndRmsStoresEachNumberExactlyOnceDespiteFailuresAndLostAnswers() throws Exception {
        TestShop shop = createRakutenShop(port, LocalDate.now().plusYears(1).toString(), false);
        long shopId = shops.require(shop.code()).id();
        Map<String, List<ResponseDefinitionBuilder>> scripts = new LinkedHashMap<>();
        scripts.put("accepted at once", List.of(ok()));
        scripts.put("500, then accepted", List.of(status(500), ok()));
        scripts.put("accepted, answer lost in a timeout", List.of(lostAnswer()));
        scripts.put("connection reset, then accepted", List.of(reset(), ok()));
        scripts.put("503 until the session gives up, the process retries", List.of(status(503), status(503), status(503), ok()));
        scripts.put("500, then accepted with the answer lost", List.of(status(500), lostAnswer()));
        String prefix = orderPrefix();
        List<Case> cases = new ArrayList<>();
        int seq = 0;
        for (Map.Entry<String, List<ResponseDefinitionBuilder>> script : scripts.entrySet()) {
            String number = prefix + "-20261130-" + String.format("%010d", ++seq + ThreadLocalRandom.current().nextInt(1_000_000) * 10);
            long basketId = ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L);
            String trackingNumber = trackingNumber();
            stubRms(shop, script.getValue(), number, basketId, trackingNumber);
            long orderId = book.register(shopId, details(number, basketId, "hanako-" + UUID.randomUUID() + "@example.com"), "test")
                    .orderId();
            cases.add(new Case(script.getKey(), script.getValue(), orderId, number, trackingNumber, basketId));
        }
        LocalDate today = LocalDate.now(JAPAN);

        for (Case c : cases) {
            orders.awaitStatus(c.orderId(), "READY_TO_SHIP");
            book.recordShippingInstructed(c.orderId(), today, "test");
        }
        for (Case c : cases) {
            orders.awaitStatus(c.orderId(), "SHIPPING");
            book.recordTracking(c.orderId(), 1, new ShipmentTracking("YAMATO", List.of(c.trackingNumber()), today, null, false, false), "test");
            book.recordShipmentConfirmed(c.orderId(), "test");
        }
        for (Case c : cases) {
            orders.awaitStatus(c.orderId(), "COMPLETED");
        }

        for (Case c : cases) {
            List<ServeEvent> updates = ProcessTestOrders.await(() -> c.name() + ": " + updates(c).size() + " updateOrderShipping",
                    () -> updates(c).size() >= c.answers().size() ? updates(c) : null);
            assertThat(updates).as(c.name() + ": one call per scripted answer, none after RMS stored the number")
                    .hasSize(c.answers().size());
            List<ServeEvent> stored = updates.stream().filter(e -> accepting.contains(e.getStubMapping().getId())).toList();
            assertThat(stored).as(c.name() + ": RMS stored the number once").hasSize(1);
            JsonNode body = JSON.readTree(stored.get(0).getRequest().getBodyAsString());
            assertThat(body.path("orderNumber").asText()).isEqualTo(c.number());
            JsonNode shipping = body.path("BasketidModelList").get(0);
            assertThat(shipping.path("basketId").asLong()).isEqualTo(c.basketId());
            assertThat(shipping.path("ShippingModelList")).hasSize(1);
            assertThat(shipping.path("ShippingModelList").get(0).path("shippingNumber").asText()).isEqualTo(c.trackingNumber());
            assertThat(shipping.path("ShippingModelList").get(0).path("deliveryCompany").asText()).isEqualTo("1001");
            assertThat(shipping.path("ShippingModelList").get(0).path("shippingDate").asText()).isEqualTo(today.toString());
            List<String> notes = book.history(c.orderId()).stream().map(e -> e.getKind() + ": " + e.getText()).toList();
            assertThat(notes).as(c.name()).anySatisfy(note -> assertThat(note).startsWith("荷物番号連携: 楽天市場")
                    .contains(c.trackingNumber()));
            assertThat(notes).as(c.name()).anySatisfy(note -> assertThat(note).startsWith("モールステータス更新: ").contains("発送済"));
        }
        Case lost = cases.get(2);
        assertThat(book.history(lost.orderId()).stream().map(OrderHistoryEntry::getText))
                .as("the retry after the lost answer found the number at RMS")
                .anySatisfy(text -> assertThat(text).contains("登録済みのため送りませんでした: " + lost.trackingNumber()));

        Case first = cases.get(0);
        Map<String, Object> again = workers.pushTracking(job("mall.push-tracking"), first.orderId());
        assertThat(again).containsEntry(MallWorkers.TRACKING_LINK, "API");
        assertThat(updates(first)).as("the job run again sends nothing").hasSize(1);
    }

    @Test
    void theNumbersOfABundleAlsoReachTheBundledOrderUnderItsOwnNumberAndBasket() throws Exception {
        TestShop shop = createRakutenShop(port, LocalDate.now().plusYears(1).toString(), false);
        long shopId = shops.require(shop.code()).id();
        String email = "bundle-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        String prefix = orderPrefix();
        String parentNumber = prefix + "-20261130-0000000001";
        String childNumber = prefix + "-20261130-0000000002";
        String trackingNumber = trackingNumber();
        stubRms(shop, List.of(ok()), parentNumber, 11, trackingNumber);
        stubRms(shop, List.of(ok()), childNumber, 22, trackingNumber);
        long parent = book.register(shopId, details(parentNumber, 11, email), "test").orderId();
        long child = book.register(shopId, details(childNumber, 22, email), "test").orderId();
        orders.awaitStatus(parent, "READY_TO_SHIP");
        orders.awaitStatus(child, "READY_TO_SHIP");
        ApiClient.Response bundled = orders.api().post("/api/orders/bundle", Map.of("parentId", parent, "childIds", List.of(child)));
        assertThat(bundled.status()).as(bundled.body()).isEqualTo(200);
        orders.awaitStatus(child, "BUNDLED");
        LocalDate today = LocalDate.now(JAPAN);

        book.recordShippingInstructed(parent, today, "test");
        orders.awaitStatus(parent, "SHIPPING");
        book.recordTracking(parent, 1, new ShipmentTracking("YAMATO", List.of(trackingNumber), today, null, false, false), "test");
        book.recordShipmentConfirmed(parent, "test");
        orders.awaitStatus(parent, "COMPLETED");

        for (Map.Entry<String, Long> expected : Map.of(parentNumber, 11L, childNumber, 22L).entrySet()) {
            List<ServeEvent> updates = RMS.getAllServeEvents().stream().filter(e -> e.getRequest().getUrl().equals(UPDATE)
                    && e.getRequest().getBodyAsString().contains("\"" + expected.getKey() + "\"")).toList();
            assertThat(updates).as(expected.getKey()).hasSize(1);
            JsonNode basket = JSON.readTree(updates.get(0).getRequest().getBodyAsString()).path("BasketidModelList").get(0);
            assertThat(basket.path("basketId").asLong()).isEqualTo(expected.getValue());
            assertThat(basket.path("ShippingModelList").get(0).path("shippingNumber").asText()).isEqualTo(trackingNumber);
        }
        assertThat(book.history(child).stream().map(OrderHistoryEntry::getText))
                .anySatisfy(text -> assertThat(text).contains("楽天市場に荷物番号 " + trackingNumber + " を連携しました"));
    }

    @Test
    void shopsWithoutApiGetTheirLinkInTheHistoryAndTheRoutingVariable() {
        long makeshopOrder = orders.create("COD");
        ApiClient.Response created = orders.api().post("/api/shops", Map.of("mall", "RAKUTEN",
                "name", "楽天ファイル連携店 " + UUID.randomUUID().toString().substring(0, 8), "shortName", "RF"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long rakutenOrder = book.register(shops.require(created.json().path("code").asText()).id(),
                details(orderPrefix() + "-20261130-0000000001", 1, "file-" + UUID.randomUUID() + "@example.com"), "test").orderId();

        assertThat(workers.pushTracking(job("mall.push-tracking"), makeshopOrder)).containsEntry(MallWorkers.TRACKING_LINK, "NONE");
        assertThat(workers.pushTracking(job("mall.push-tracking"), rakutenOrder)).containsEntry(MallWorkers.TRACKING_LINK, "CSV");
        assertThat(book.history(rakutenOrder).stream().map(OrderHistoryEntry::getText))
                .contains("荷物番号連携待ち: 楽天市場のアップロードファイルで連携します");
        assertThat(book.history(makeshopOrder).stream().map(OrderHistoryEntry::getText))
                .anySatisfy(text -> assertThat(text).contains("MakeShop").contains("管理画面"));
    }

    private void stubRms(TestShop shop, List<ResponseDefinitionBuilder> answers, String number, long basketId,
                         String trackingNumber) {
        String scenario = "tracking-" + number;
        stubs.add(RMS.stubFor(post(urlEqualTo(GET)).atPriority(5).withHeader("Authorization", equalTo(shop.authorization()))
                .withRequestBody(matchingJsonPath("$.orderNumberList[0]", equalTo(number)))
                .willReturn(okJson(order(number, basketId, "")))));
        stubs.add(RMS.stubFor(post(urlEqualTo(GET)).atPriority(1).withHeader("Authorization", equalTo(shop.authorization()))
                .withRequestBody(matchingJsonPath("$.orderNumberList[0]", equalTo(number)))
                .inScenario(scenario).whenScenarioStateIs(ACCEPTED)
                .willReturn(okJson(order(number, basketId, "{\"shippingDetailId\":" + basketId + ",\"shippingNumber\":\"" + trackingNumber
                        + "\",\"deliveryCompany\":\"1001\",\"deliveryCompanyName\":\"ヤマト運輸\"}")))));
        for (int step = 0; step < answers.size(); step++) {
            boolean last = step == answers.size() - 1;
            StubMapping stub = RMS.stubFor(post(urlEqualTo(UPDATE)).withHeader("Authorization", equalTo(shop.authorization()))
                    .withRequestBody(matchingJsonPath("$.orderNumber", equalTo(number)))
                    .inScenario(scenario).whenScenarioStateIs(step == 0 ? Scenario.STARTED : "step-" + step)
                    .willReturn(answers.get(step)).willSetStateTo(last ? ACCEPTED : "step-" + (step + 1)));
            stubs.add(stub);
            if (last) {
                accepting.add(stub.getId());
            }
        }
        StubMapping duplicate = RMS.stubFor(post(urlEqualTo(UPDATE)).withHeader("Authorization", equalTo(shop.authorization()))
                .withRequestBody(matchingJsonPath("$.orderNumber", equalTo(number)))
                .inScenario(scenario).whenScenarioStateIs(ACCEPTED).willReturn(ok()));
        stubs.add(duplicate);
        accepting.add(duplicate.getId());
    }

    private List<ServeEvent> updates(Case c) {
        return RMS.getAllServeEvents().stream()
                .filter(e -> e.getRequest().getUrl().equals(UPDATE) && e.getRequest().getBodyAsString().contains("\"" + c.number() + "\""))
                .toList();
    }

    private static String order(String number, long basketId, String shipping) {
        return "{\"MessageModelList\":[],\"OrderModelList\":[{\"orderNumber\":\"" + number + "\",\"orderProgress\":300,"
                + "\"PackageModelList\":[{\"basketId\":" + basketId + ",\"packageDeleteFlag\":0,\"ShippingModelList\":[" + shipping + "]}]}]}";
    }

    private static ResponseDefinitionBuilder ok() {
        return okJson("{\"MessageModelList\":[{\"messageType\":\"INFO\",\"messageCode\":\"ORDER_EXT_API_UPDATE_ORDERSHIPPING_INFO_101\","
                + "\"message\":\"発送情報の更新に成功しました。\"}]}");
    }

    /** RMS stores the numbers, but answers after the client's read timeout (5 s in the tests). */
    private static ResponseDefinitionBuilder lostAnswer() {
        return ok().withFixedDelay(6_500);
    }

    private static ResponseDefinitionBuilder status(int status) {
        return aResponse().withStatus(status);
    }

    private static ResponseDefinitionBuilder reset() {
        return aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER);
    }

    /** 12 digits whose last is the first eleven mod 7 (ヤマト, 佐川, 日本郵便). */
    private static String trackingNumber() {
        long base = ThreadLocalRandom.current().nextLong(10_000_000_000L, 100_000_000_000L);
        return base + String.valueOf(base % 7);
    }

    private static ActivatedJob job(String type) {
        ActivatedJob job = mock(ActivatedJob.class);
        when(job.getKey()).thenReturn(Math.abs(UUID.randomUUID().getMostSignificantBits()));
        when(job.getRetries()).thenReturn(3);
        when(job.getType()).thenReturn(type);
        return job;
    }

    private static OrderDetails details(String number, long basketId, String email) {
        Contact person = new Contact("楽天 花子", "ラクテン ハナコ", "150-0002", "東京都", "渋谷区渋谷1-2-3", null, "0312345678");
        LineDetails line = new LineDetails("item-1", "R-001", "国産はちみつ 500g", null, 2160, 1, 8);
        ShipmentDetails shipment = new ShipmentDetails(String.valueOf(basketId), person, "YAMATO_TAKKYUBIN", "宅配便", null, null, null,
                600, 0, 2160, List.of(line));
        return new OrderDetails(number, OrderSource.API, Instant.now(), "発送待ち", person, email, "RAKUTEN_PAY", "楽天ペイ", "MALL_SETTLED",
                new OrderAmounts(2160, 160, 0, 600, 0, 0, 0, 0, 0, 2760), false, null, null, null, false, null, false, List.of(shipment));
    }
}
