package jp.juchu.orchestration;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.camunda.client.api.response.ActivatedJob;
import java.time.Instant;
import java.util.List;
import java.util.Map;
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
import jp.juchu.shop.ShopDirectory;
import jp.juchu.support.ApiClient;
import jp.juchu.support.IntegrationTest;
import jp.juchu.support.NpStandIn;
import jp.juchu.support.ProcessTestOrders;
import jp.juchu.support.RakutenApiStub;
import jp.juchu.support.StandIns;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A job runs again when its completion did not reach the engine (lost answer, worker restart): the same job twice
 * must record once. order.set-status notes one move; payment.register-deferred, payment.cancel-deferred and
 * mall.confirm-order call NP後払い / RMS (on WireMock) once, however often they run.
 */
@IntegrationTest
class WorkerRetryIdempotencyIT extends RakutenApiStub {

    private static final String CONFIRM = "/es/2.0/order/confirmOrder/";
    private static final String NP_REGISTER = "/np/transactions";
    private static final String NP_CANCEL = "/np/transactions/cancel";

    @LocalServerPort
    int port;

    @Autowired
    OrderBook book;

    @Autowired
    ShopDirectory shops;

    @Autowired
    OrderWorkers orderWorkers;

    @Autowired
    PaymentWorkers paymentWorkers;

    @Autowired
    MallWorkers mallWorkers;


    ProcessTestOrders orders;
    ApiClient api;

    @RegisterExtension
    final NpStandIn np = new NpStandIn("idem-it");

    @BeforeEach
    void setUp() {
        orders = new ProcessTestOrders(port);
        api = orders.api();
    }

    @Test
    void setStatusRunTwiceMovesOnceAndTheProcessRunningItAgainNotesNothing() {
        long order = orders.create("BANK_TRANSFER");
        orders.awaitStatus(order, "AWAITING_PAYMENT");
        orders.awaitTask(order, "reconcile-payment");
        ActivatedJob job = job("order.set-status");
        Map<String, String> toReady = Map.of("status", "READY_TO_SHIP");

        orderWorkers.setStatus(job, order, toReady);
        orderWorkers.setStatus(job, order, toReady);

        assertThat(orders.status(order)).isEqualTo("READY_TO_SHIP");
        assertThat(movesTo(order, "出荷待")).containsExactly("入金待 → 出荷待");

        // the process reaches 出荷待へ itself: its own run of the same move changes nothing
        orders.completeTask(orders.awaitTask(order, "reconcile-payment"), Map.of("paidAt", "2026-11-30T10:00:00+09:00"));
        orders.awaitStep(order, "出荷指示");
        assertThat(orders.status(order)).isEqualTo("READY_TO_SHIP");
        assertThat(movesTo(order, "出荷待")).containsExactly("入金待 → 出荷待");
    }

    @Test
    void setStatusRunTwiceWhileTheOrderIsOnHoldKeepsTheMoveWithOneNote() {
        long order = orders.create("BANK_TRANSFER");
        orders.awaitTask(order, "reconcile-payment");
        assertThat(api.post("/api/orders/" + order + "/hold", Map.of()).status()).isEqualTo(202);
        orders.awaitStatus(order, "ON_HOLD");
        ActivatedJob job = job("order.set-status");
        int before = book.history(order).size();

        orderWorkers.setStatus(job, order, Map.of("status", "READY_TO_SHIP"));
        orderWorkers.setStatus(job, order, Map.of("status", "READY_TO_SHIP"));

        assertThat(orders.status(order)).isEqualTo("ON_HOLD");
        assertThat(book.history(order).stream().skip(before).map(OrderHistoryEntry::getText))
                .containsExactly("保留中のため「出荷待」は保留解除後に反映します");
        assertThat(api.post("/api/orders/" + order + "/release", Map.of()).status()).isEqualTo(202);
        orders.awaitStatus(order, "READY_TO_SHIP");
    }

    @Test
    void registerDeferredRunAgainSendsTheTransactionToNpOnce() {
        long order = orders.create("NP_ATOBARAI");
        np.stub(post(urlEqualTo(NP_REGISTER))
                .withRequestBody(matchingJsonPath("$.transactions[0].shop_transaction_id", equalTo("JC" + order)))
                .willReturn(okJson("{\"results\":[{\"shop_transaction_id\":\"JC" + order + "\",\"np_transaction_id\":\"" + npId(order)
                        + "\",\"authori_result\":\"00\"}]}")));
        orders.completeTask(orders.awaitTask(order, "register-deferred-payment"), Map.of("deferredProvider", "NP_ATOBARAI"));
        orders.awaitStatus(order, "READY_TO_SHIP");
        orders.awaitStep(order, "出荷指示"); // the process is at rest: nothing else writes history meanwhile
        ActivatedJob job = job("payment.register-deferred");
        int notes = book.history(order).size();

        Map<String, Object> first = paymentWorkers.registerDeferred(job, order, "NP_ATOBARAI", false);
        Map<String, Object> second = paymentWorkers.registerDeferred(job, order, "NP_ATOBARAI", false);

        assertThat(first).containsEntry("registrationError", null);
        assertThat(second).isEqualTo(first);
        StandIns.HTTP.verify(1, postRequestedFor(urlEqualTo(NP_REGISTER))
                .withRequestBody(matchingJsonPath("$.transactions[0].shop_transaction_id", equalTo("JC" + order))));
        assertThat(book.history(order)).hasSize(notes);
        assertThat(deferredStatus(order)).isEqualTo("CREDIT_OK");
        assertThat(orders.status(order)).isEqualTo("READY_TO_SHIP");
    }

    @Test
    void cancelDeferredRunAgainCancelsAtNpOnce() {
        long order = orders.create("NP_ATOBARAI");
        np.stub(post(urlEqualTo(NP_REGISTER))
                .withRequestBody(matchingJsonPath("$.transactions[0].shop_transaction_id", equalTo("JC" + order)))
                .willReturn(okJson("{\"results\":[{\"shop_transaction_id\":\"JC" + order + "\",\"np_transaction_id\":\"" + npId(order)
                        + "\",\"authori_result\":\"00\"}]}")));
        np.stub(post(urlEqualTo(NP_CANCEL))
                .withRequestBody(matchingJsonPath("$.transactions[0].np_transaction_id", equalTo(npId(order))))
                .willReturn(okJson("{\"results\":[{\"np_transaction_id\":\"" + npId(order) + "\"}]}")));
        orders.completeTask(orders.awaitTask(order, "register-deferred-payment"), Map.of("deferredProvider", "NP_ATOBARAI"));
        orders.awaitStatus(order, "READY_TO_SHIP");
        orders.awaitStep(order, "出荷指示"); // the process is at rest: nothing else writes history meanwhile
        assertThat(api.post("/api/orders/" + order + "/cancel", Map.of("reason", "二重実行の確認")).status()).isEqualTo(202);
        orders.awaitStatus(order, "CANCELLED");
        ProcessTestOrders.await("NP後払いの取引キャンセル", () -> "CANCELLED".equals(deferredStatus(order)) ? true : null);
        ActivatedJob job = job("payment.cancel-deferred");
        int notes = book.history(order).size();

        paymentWorkers.cancelDeferred(job, order);
        paymentWorkers.cancelDeferred(job, order);

        StandIns.HTTP.verify(1, postRequestedFor(urlEqualTo(NP_CANCEL))
                .withRequestBody(matchingJsonPath("$.transactions[0].np_transaction_id", equalTo(npId(order)))));
        assertThat(book.history(order)).hasSize(notes);
    }

    @Test
    void confirmOrderRunAgainConfirmsAtRmsOnce() {
        TestShop rakuten = createRakutenShop(port, "2030-01-01", false);
        String number = orderPrefix() + "-20261130-" + String.format("%010d", ThreadLocalRandom.current().nextLong(1, 10_000_000_000L));
        String scenario = "confirm-" + number;
        np.stub(post(urlEqualTo(GET)).withHeader("Authorization", equalTo(rakuten.authorization()))
                .withRequestBody(matchingJsonPath("$.orderNumberList[0]", equalTo(number)))
                .inScenario(scenario).whenScenarioStateIs(Scenario.STARTED).willReturn(okJson(rmsOrder(number, 100))));
        np.stub(post(urlEqualTo(GET)).withHeader("Authorization", equalTo(rakuten.authorization()))
                .withRequestBody(matchingJsonPath("$.orderNumberList[0]", equalTo(number)))
                .inScenario(scenario).whenScenarioStateIs("confirmed").willReturn(okJson(rmsOrder(number, 300))));
        np.stub(post(urlEqualTo(CONFIRM)).withHeader("Authorization", equalTo(rakuten.authorization()))
                .withRequestBody(matchingJsonPath("$.orderNumberList[0]", equalTo(number)))
                .inScenario(scenario).willSetStateTo("confirmed")
                .willReturn(okJson("{\"MessageModelList\":[{\"messageType\":\"INFO\",\"messageCode\":\"ORDER_EXT_API_CONFIRM_ORDER_INFO_101\","
                        + "\"message\":\"注文確認に成功しました。\",\"orderNumber\":\"" + number + "\"}]}")));
        long order = book.register(shops.require(rakuten.code()).id(), awaitingConfirmation(number), "test").orderId();
        orders.completeTask(orders.awaitTask(order, "confirm-rakuten-order"), Map.of("rakutenConfirmed", true));
        orders.awaitStatus(order, "READY_TO_SHIP");
        ActivatedJob job = job("mall.confirm-order");

        mallWorkers.confirmOrder(job, order);
        mallWorkers.confirmOrder(job, order);

        RMS.verify(1, postRequestedFor(urlEqualTo(CONFIRM)).withRequestBody(matchingJsonPath("$.orderNumberList[0]", equalTo(number))));
        assertThat(book.history(order).stream().map(OrderHistoryEntry::getText).filter("楽天RMSで注文確認しました"::equals))
                .hasSize(1);
    }

    /** The order's 進捗 notes (status moves) to {@code label}, oldest first. */
    private List<String> movesTo(long order, String label) {
        return book.history(order).stream().filter(e -> "進捗".equals(e.getKind())).map(OrderHistoryEntry::getText)
                .filter(text -> text.endsWith("→ " + label)).toList();
    }

    private String deferredStatus(long order) {
        return api.get("/api/orders/" + order + "/payment").json().path("deferred").path("status").asText();
    }

    private static ActivatedJob job(String type) {
        ActivatedJob job = mock(ActivatedJob.class);
        when(job.getKey()).thenReturn(Math.abs(UUID.randomUUID().getMostSignificantBits()));
        when(job.getRetries()).thenReturn(3);
        when(job.getType()).thenReturn(type);
        return job;
    }

    private static String npId(long orderId) {
        return String.format("%011d", orderId);
    }

    private static String rmsOrder(String number, int progress) {
        return "{\"MessageModelList\":[],\"OrderModelList\":[{\"orderNumber\":\"" + number + "\",\"orderProgress\":" + progress + "}]}";
    }

    private static OrderDetails awaitingConfirmation(String number) {
        Contact person = new Contact("楽天 花子", "ラクテン ハナコ", "150-0002", "東京都", "渋谷区渋谷1-2-3", null, "0312345678");
        LineDetails line = new LineDetails("item-1", "R-001", "国産はちみつ 500g", null, 2160, 1, 8);
        ShipmentDetails shipment = new ShipmentDetails("1", person, "YAMATO_TAKKYUBIN", "宅配便", null, null, null, 600, 0, 2160,
                List.of(line));
        return new OrderDetails(number, OrderSource.API, Instant.now(), "注文確認待ち", person,
                "hanako-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com", "RAKUTEN_PAY", "楽天ペイ", "MALL_SETTLED",
                new OrderAmounts(2160, 160, 0, 600, 0, 0, 0, 0, 0, 2760), false, null, null, null, false, null, false, List.of(shipment));
    }
}
