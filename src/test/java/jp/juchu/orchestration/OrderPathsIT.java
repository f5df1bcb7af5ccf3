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

import com.fasterxml.jackson.databind.JsonNode;
import io.camunda.client.api.response.ActivatedJob;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.juchu.order.Contact;
import jp.juchu.order.LineDetails;
import jp.juchu.order.OrderAmounts;
import jp.juchu.order.OrderBook;
import jp.juchu.order.OrderDetails;
import jp.juchu.order.OrderSource;
import jp.juchu.order.ShipmentDetails;
import jp.juchu.shop.ShopDirectory;
import jp.juchu.support.ApiClient;
import jp.juchu.support.IntegrationTest;
import jp.juchu.support.ProcessTestOrders;
import jp.juchu.support.RakutenApiStub;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The other paths of the order process with real workers: manual progress, 楽天 注文確認 (RMS on WireMock),
 * cancellation from each waiting state, 同梱, and workers run twice for the same job.
 */
@IntegrationTest
class OrderPathsIT extends RakutenApiStub {

    @LocalServerPort
    int port;

    @Autowired
    OrderBook book;

    @Autowired
    ShopDirectory shops;

    @Autowired
    MailWorker mailWorker;

    @Autowired
    OrderProcess process;

    @Autowired
    io.camunda.client.CamundaClient camunda;

    @Autowired
    OrderWorkers orderWorkers;

    ProcessTestOrders orders;
    ApiClient api;

    @BeforeEach
    void shop() {
        orders = new ProcessTestOrders(port);
        api = orders.api();
    }

    @Test
    void inManualModeTheOperatorDecidesBeforeEveryAutomaticMove() {
        long order = orders.createInProgressMode("MANUAL", () -> orders.create("CREDIT_CARD"));

        JsonNode decide = orders.awaitTask(order, "decide-progress");
        assertThat(orders.status(order)).as("手動: waits at 確認待").isEqualTo("REVIEW");
        orders.completeTask(decide, Map.of("progressDecision", "PROCEED"));

        orders.awaitStatus(order, "READY_TO_SHIP");
    }

    /**
     * The payment deadline counts from the order, not from the start of the payment wait: an order that waited 20 days
     * for the operator's 進捗判断 is overdue (保留 by the default 自動処理設定) as soon as its payment wait begins.
     */
    @Test
    void thePaymentDeadlineCountsFromTheOrderEvenWhenThePaymentWaitStartsLate() {
        long order = orders.createInProgressMode("MANUAL", () -> orders.create("BANK_TRANSFER"));
        JsonNode decide = orders.awaitTask(order, "decide-progress");

        ApiClient.Response pinned = api.put("/v2/clock", Map.of("timestamp", Instant.now().plus(java.time.Duration.ofDays(20)).toEpochMilli()));
        assertThat(pinned.status()).as(pinned.body()).isEqualTo(204);
        try {
            orders.completeTask(decide, Map.of("progressDecision", "PROCEED"));
            orders.awaitStatus(order, "ON_HOLD");
            ProcessTestOrders.await("入金催促メール", () -> mails(order, "PAYMENT_REMINDER") == 1 ? true : null);
        } finally {
            api.post("/v2/clock/reset", Map.of());
        }
    }

    @Test
    void aRakutenOrderAwaitingConfirmationIsConfirmedInRmsAfterTheOperatorsTask() {
        TestShop rakuten = createRakutenShop(port, "2030-01-01", false);
        String number = orderPrefix() + "-20261130-" + (100000 + (int) (Math.random() * 899999));
        RMS.stubFor(post(urlEqualTo(GET)).withHeader("Authorization", equalTo(rakuten.authorization()))
                .withRequestBody(matchingJsonPath("$.orderNumberList[0]", equalTo(number)))
                .willReturn(okJson("{\"MessageModelList\":[],\"OrderModelList\":[{\"orderNumber\":\"" + number + "\",\"orderProgress\":100}]}")));
        RMS.stubFor(post(urlEqualTo("/es/2.0/order/confirmOrder/")).withHeader("Authorization", equalTo(rakuten.authorization()))
                .willReturn(okJson("{\"MessageModelList\":[{\"messageType\":\"INFO\",\"messageCode\":\"ORDER_EXT_API_CONFIRM_ORDER_INFO_101\","
                        + "\"message\":\"注文確認に成功しました。\",\"orderNumber\":\"" + number + "\"}]}")));
        long order = book.register(shops.require(rakuten.code()).id(), awaitingConfirmation(number), "test").orderId();

        orders.awaitStatus(order, "AWAITING_PAYMENT");
        orders.completeTask(orders.awaitTask(order, "confirm-rakuten-order"), Map.of("rakutenConfirmed", true));

        orders.awaitStatus(order, "READY_TO_SHIP");
        RMS.verify(1, postRequestedFor(urlEqualTo("/es/2.0/order/confirmOrder/"))
                .withRequestBody(matchingJsonPath("$.orderNumberList[0]", equalTo(number))));
    }

    @Test
    void anOrderCanBeCancelledWhileItWaitsForReviewOrPaymentOrOnHold() {
        long inReview = orders.createWithAddressError("COD");
        long awaitingPayment = orders.create("BANK_TRANSFER");
        long held = orders.create("COD");
        orders.awaitTask(inReview, "review-order");
        orders.awaitTask(awaitingPayment, "reconcile-payment");
        orders.awaitStatus(held, "READY_TO_SHIP");
        api.post("/api/orders/" + held + "/hold", Map.of());
        orders.awaitStatus(held, "ON_HOLD");

        for (long order : List.of(inReview, awaitingPayment, held)) {
            ApiClient.Response cancelled = api.post("/api/orders/" + order + "/cancel", Map.of("reason", "お客様のご都合"));
            assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(202);
        }
        for (long order : List.of(inReview, awaitingPayment, held)) {
            orders.awaitStatus(order, "CANCELLED");
            ProcessTestOrders.await("タスクが閉じる", () -> orders.tasks(order).isEmpty() ? true : null);
            orders.awaitStep(order, "キャンセル");
        }
    }

    @Test
    void bundlingEndsTheChildsProcessAsBundled() {
        String email = "bundle-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        long parent = orders.create("COD", "150-0002", "東京都", email);
        long child = orders.create("COD", "150-0002", "東京都", email);
        orders.awaitStatus(parent, "READY_TO_SHIP");
        orders.awaitStatus(child, "READY_TO_SHIP");

        ApiClient.Response bundled = api.post("/api/orders/bundle", Map.of("parentId", parent, "childIds", List.of(child)));
        assertThat(bundled.status()).as(bundled.body()).isEqualTo(200);

        orders.awaitStep(child, "同梱済");
        assertThat(orders.status(child)).isEqualTo("BUNDLED");
        assertThat(orders.status(parent)).isEqualTo("READY_TO_SHIP");
    }

    @Test
    void aWorkerRunTwiceForTheSameJobSendsOneMailAndMovesOnce() {
        long order = orders.create("COD");
        orders.awaitStatus(order, "READY_TO_SHIP");
        ActivatedJob job = mock(ActivatedJob.class);
        when(job.getKey()).thenReturn(Math.abs(UUID.randomUUID().getMostSignificantBits()));
        when(job.getRetries()).thenReturn(3);
        when(job.getType()).thenReturn("mail.send");
        int before = mails(order, "SHIPPED");

        mailWorker.send(job, order, Map.of("template", "SHIPPED"));
        mailWorker.send(job, order, Map.of("template", "SHIPPED"));
        assertThat(mails(order, "SHIPPED")).isEqualTo(before + 1);

        int notes = book.history(order).size();
        orderWorkers.setStatus(job, order, Map.of("status", "READY_TO_SHIP"));
        assertThat(book.history(order)).hasSize(notes);
    }

    @Test
    void startingAnOrdersProcessAgainAtTheSameTimeCreatesNoSecondInstance() throws Exception {
        long order = orders.create("COD");
        orders.awaitStatus(order, "READY_TO_SHIP");
        long instance = process.instanceOf(order).orElseThrow();
        long shopId = book.require(order).getShopId();

        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var first = pool.submit(() -> process.start(order, shopId));
            var second = pool.submit(() -> process.start(order, shopId));
            first.get();
            second.get();
        } finally {
            pool.shutdown();
        }

        assertThat(process.instanceOf(order)).contains(instance);
        assertThat(camunda.newVariableSearchRequest().filter(f -> f.name("orderId").value(String.valueOf(order))).send().join()
                .items().stream().map(v -> v.getProcessInstanceKey()).distinct().toList()).containsExactly(instance);
    }

    private int mails(long order, String purpose) {
        return (int) api.get("/api/orders/" + order + "/mails").json().findValuesAsText("purpose").stream()
                .filter(purpose::equals).count();
    }

    private static OrderDetails awaitingConfirmation(String number) {
        Contact person = new Contact("楽天 花子", "ラクテン ハナコ", "150-0002", "東京都", "渋谷区渋谷1-2-3", null, "0312345678");
        LineDetails line = new LineDetails("item-1", "R-001", "国産はちみつ 500g", null, 2160, 1, 8);
        ShipmentDetails shipment = new ShipmentDetails("1", person, "YAMATO_TAKKYUBIN", "宅配便", null, null, null, 600, 0, 2160,
                List.of(line));
        return new OrderDetails(number, OrderSource.API, Instant.now(), "注文確認待ち", person, "hanako@example.com",
                "RAKUTEN_PAY", "楽天ペイ", "MALL_SETTLED", new OrderAmounts(2160, 160, 0, 600, 0, 0, 0, 0, 0, 2760),
                false, null, null, null, false, null, false, List.of(shipment));
    }
}
