package jp.juchu.orchestration;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import jp.juchu.order.Contact;
import jp.juchu.order.LineDetails;
import jp.juchu.order.OrderAmounts;
import jp.juchu.order.OrderBook;
import jp.juchu.order.OrderDetails;
import jp.juchu.order.OrderSource;
import jp.juchu.order.ShipmentDetails;
import jp.juchu.order.ShipmentTracking;
import jp.juchu.shop.ShopDirectory;
import jp.juchu.support.ApiClient;
import jp.juchu.support.IntegrationTest;
import jp.juchu.support.NpStandIn;
import jp.juchu.support.ProcessTestOrders;
import jp.juchu.support.StandIns;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * キャンセル (POST /api/orders/{id}/cancel) from the waiting states OrderPathsIT does not cover: 進捗判断 (手動),
 * R注文確認, 後払い取引登録, 与信NG対応 and 出荷確定待ち (出荷中). Each ends with the order キャンセル, no open task,
 * the waiting step terminated, the instance finished through the キャンセル sub-process and — where NP後払い has a
 * transaction — that transaction cancelled at NP (on WireMock). 荷物番号連携待ち comes after 出荷済, which cannot be
 * cancelled: that case shows the refusal and the process still waiting.
 */
@IntegrationTest
class CancelFromWaitingStatesIT {

    private static final String NP_CANCEL = "/np/transactions/cancel";

    @LocalServerPort
    int port;

    @Autowired
    OrderBook book;

    @Autowired
    ShopDirectory shops;

    @Autowired
    OrderProcess process;


    ProcessTestOrders orders;
    ApiClient api;

    @RegisterExtension
    final NpStandIn np = new NpStandIn("cancel-it");

    @BeforeEach
    void setUp() {
        orders = new ProcessTestOrders(port);
        api = orders.api();
    }

    @Test
    void cancelWhileTheOperatorDecidesTheProgressInManualMode() {
        long order = orders.createInProgressMode("MANUAL", () -> orders.create("CREDIT_CARD"));
        orders.awaitTask(order, "decide-progress");

        cancel(order);

        assertCancelledAt(order, "進捗判断");
    }

    @Test
    void cancelWhileARakutenOrderAwaitsTheOperatorsConfirmation() {
        ProcessTestOrders rakuten = new ProcessTestOrders(port, "RAKUTEN");
        long order = book.register(shops.require(rakuten.shopCode()).id(),
                rakutenOrder(rakutenNumber(), "注文確認待ち"), "test").orderId();
        orders.awaitStatus(order, "AWAITING_PAYMENT");
        orders.awaitTask(order, "confirm-rakuten-order");

        cancel(order);

        assertCancelledAt(order, "R注文確認");
    }

    @Test
    void cancelBeforeTheDeferredTransactionIsRegisteredSendsNothingToNp() {
        long order = orders.create("NP_ATOBARAI");
        orders.awaitStatus(order, "REVIEW");
        orders.awaitTask(order, "register-deferred-payment");

        cancel(order);

        assertCancelledAt(order, "後払い取引登録");
        orders.awaitStep(order, "後払い取引キャンセル");
        StandIns.HTTP.verify(0, postRequestedFor(urlEqualTo("/np/transactions"))
                .withRequestBody(matchingJsonPath("$.transactions[0].shop_transaction_id", equalTo("JC" + order))));
        StandIns.HTTP.verify(0, postRequestedFor(urlEqualTo(NP_CANCEL))
                .withRequestBody(matchingJsonPath("$.transactions[0].np_transaction_id", equalTo(npId(order)))));
    }

    @Test
    void cancelWhileTheOperatorHandlesACreditRejectionCancelsTheTransactionAtNp() {
        long order = orders.create("NP_ATOBARAI");
        answerRegistration(order, "20");
        answerCancellation(order);
        orders.completeTask(orders.awaitTask(order, "register-deferred-payment"), Map.of("deferredProvider", "NP_ATOBARAI"));
        orders.awaitTask(order, "handle-credit-rejection");
        assertThat(deferredStatus(order)).isEqualTo("CREDIT_NG");

        cancel(order);

        assertCancelledAt(order, "与信NG対応");
        assertCancelledAtNp(order);
    }

    @Test
    void cancelWhileTheParcelIsOnItsWayCancelsTheDeferredTransaction() {
        long order = orders.create("NP_ATOBARAI");
        answerRegistration(order, "00");
        answerCancellation(order);
        orders.completeTask(orders.awaitTask(order, "register-deferred-payment"), Map.of("deferredProvider", "NP_ATOBARAI"));
        orders.awaitStatus(order, "READY_TO_SHIP");
        book.recordShippingInstructed(order, LocalDate.now(), "test");
        orders.awaitStatus(order, "SHIPPING");
        awaitActive(order, "出荷確定");

        cancel(order);

        assertCancelledAt(order, "出荷確定");
        assertCancelledAtNp(order);
    }

    @Test
    void anOrderWaitingForTheTrackingFileIsAlreadyShippedAndCannotBeCancelled() {
        ProcessTestOrders csvLinked = new ProcessTestOrders(port, "RAKUTEN");
        long order = book.register(shops.require(csvLinked.shopCode()).id(), rakutenOrder(rakutenNumber(), "発送待ち"), "test")
                .orderId();
        orders.awaitStatus(order, "READY_TO_SHIP");
        LocalDate today = LocalDate.now();
        book.recordShippingInstructed(order, today, "test");
        orders.awaitStatus(order, "SHIPPING");
        book.recordTracking(order, 1, new ShipmentTracking("YAMATO", List.of("401234501371"), today, null, false, false), "test");
        book.recordShipmentConfirmed(order, "test");
        awaitActive(order, "荷物番号連携待ち");
        assertThat(orders.status(order)).isEqualTo("SHIPPED");

        ApiClient.Response refused = api.post("/api/orders/" + order + "/cancel", Map.of("reason", "出荷後のキャンセル"));

        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.json().path("message").asText()).isEqualTo("「出荷済」の受注はキャンセルできません");
        assertThat(orders.status(order)).isEqualTo("SHIPPED");
        assertThat(processState(order)).isEqualTo("ACTIVE");
        assertThat(stepState(orders.api().get("/api/orders/" + order + "/timeline").json(), "荷物番号連携待ち")).isEqualTo("ACTIVE");
    }

    // ---------------------------------------------------------------- helpers

    private void cancel(long order) {
        ApiClient.Response accepted = api.post("/api/orders/" + order + "/cancel", Map.of("reason", "お客様のご都合"));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        assertThat(accepted.json().path("accepted").asBoolean()).isTrue();
    }

    /**
     * キャンセル, no open task, the step it waited at terminated, the キャンセル end event reached and the instance
     * finished; a second cancel is refused.
     */
    private void assertCancelledAt(long order, String waitingStep) {
        orders.awaitStatus(order, "CANCELLED");
        ProcessTestOrders.await(() -> "受注 " + order + " の終了; " + orders.describe(order),
                () -> "COMPLETED".equals(processState(order)) ? true : null);
        assertThat(orders.tasks(order)).as(orders.describe(order)).isEmpty();
        JsonNode timeline = api.get("/api/orders/" + order + "/timeline").json();
        assertThat(stepState(timeline, waitingStep)).as(orders.describe(order)).isEqualTo("TERMINATED");
        assertThat(stepState(timeline, "キャンセル指示")).as(orders.describe(order)).isEqualTo("COMPLETED");
        assertThat(timeline.toString()).contains("キャンセル指示");
        assertThat(api.post("/api/orders/" + order + "/cancel", Map.of()).status()).isEqualTo(409);
    }

    private void assertCancelledAtNp(long order) {
        ProcessTestOrders.await(() -> "NP後払いの取引キャンセル; " + orders.describe(order),
                () -> "CANCELLED".equals(deferredStatus(order)) ? true : null);
        StandIns.HTTP.verify(1, postRequestedFor(urlEqualTo(NP_CANCEL))
                .withRequestBody(matchingJsonPath("$.transactions[0].np_transaction_id", equalTo(npId(order)))));
    }

    /** The state of the instance in the engine's own API (/v2), as Operate would show it. */
    private String processState(long order) {
        long instance = process.instanceOf(order).orElseThrow();
        ApiClient.Response found = api.get("/v2/process-instances/" + instance);
        assertThat(found.status()).as(found.body()).isEqualTo(200);
        return found.json().path("state").asText();
    }

    private void awaitActive(long order, String step) {
        orders.awaitTimeline(order, entries -> "ACTIVE".equals(stepState(entries, step)));
    }

    /** The state of the last process step titled {@code title} on the timeline, null when there is none. */
    private static String stepState(JsonNode timeline, String title) {
        String state = null;
        for (JsonNode entry : timeline) {
            if ("PROCESS".equals(entry.path("kind").asText()) && title.equals(entry.path("title").asText())) {
                state = entry.path("state").asText();
            }
        }
        return state;
    }

    private String deferredStatus(long order) {
        return api.get("/api/orders/" + order + "/payment").json().path("deferred").path("status").asText();
    }

    private void answerRegistration(long order, String authoriResult) {
        String reasons = "20".equals(authoriResult) ? ",\"authori_ng\":\"RE001\"" : "";
        np.stub(post(urlEqualTo("/np/transactions"))
                .withRequestBody(matchingJsonPath("$.transactions[0].shop_transaction_id", equalTo("JC" + order)))
                .willReturn(okJson("{\"results\":[{\"shop_transaction_id\":\"JC" + order + "\",\"np_transaction_id\":\"" + npId(order)
                        + "\",\"authori_result\":\"" + authoriResult + "\"" + reasons + "}]}")));
    }

    private void answerCancellation(long order) {
        np.stub(post(urlEqualTo(NP_CANCEL))
                .withRequestBody(matchingJsonPath("$.transactions[0].np_transaction_id", equalTo(npId(order))))
                .willReturn(okJson("{\"results\":[{\"np_transaction_id\":\"" + npId(order) + "\"}]}")));
    }

    private static String npId(long orderId) {
        return String.format("%011d", orderId);
    }

    private static String rakutenNumber() {
        return ThreadLocalRandom.current().nextInt(100_000, 1_000_000) + "-20261130-"
                + String.format("%010d", ThreadLocalRandom.current().nextLong(1, 10_000_000_000L));
    }

    private static OrderDetails rakutenOrder(String number, String mallStatus) {
        Contact person = new Contact("楽天 花子", "ラクテン ハナコ", "150-0002", "東京都", "渋谷区渋谷1-2-3", null, "0312345678");
        LineDetails line = new LineDetails("item-1", "R-001", "国産はちみつ 500g", null, 2160, 1, 8);
        ShipmentDetails shipment = new ShipmentDetails("1", person, "YAMATO_TAKKYUBIN", "宅配便", null, null, null, 600, 0, 2160,
                List.of(line));
        return new OrderDetails(number, OrderSource.API, Instant.now(), mallStatus, person,
                "hanako-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com", "RAKUTEN_PAY", "楽天ペイ", "MALL_SETTLED",
                new OrderAmounts(2160, 160, 0, 600, 0, 0, 0, 0, 0, 2760), false, null, null, null, false, null, false, List.of(shipment));
    }
}
