package jp.juchu.orchestration;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import jp.juchu.payment.CreditResult;
import jp.juchu.payment.DeferredPayments;
import jp.juchu.payment.DeferredProvider;
import jp.juchu.payment.DeferredProviderSettingInput;
import jp.juchu.payment.DeferredProviderSettings;
import jp.juchu.support.ApiClient;
import jp.juchu.support.IntegrationTest;
import jp.juchu.support.ProcessTestOrders;
import jp.juchu.support.StandIns;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The payment paths of the order process with real workers: 前払い (bulk reconciliation, reminder and overdue
 * hold with the engine clock moved), 後払い via NP後払い on WireMock (OK, NG, 保留, registration rejected).
 */
@IntegrationTest
class PaymentPathsIT {

    @LocalServerPort
    int port;

    @Autowired
    DeferredProviderSettings providerSettings;

    @Autowired
    DeferredPayments deferredPayments;

    ProcessTestOrders orders;
    ApiClient api;

    @BeforeEach
    void setUp() {
        orders = new ProcessTestOrders(port);
        api = orders.api();
        providerSettings.update(DeferredProvider.NP_ATOBARAI,
                new DeferredProviderSettingInput(false, "merchant-process-it", "sp-process-it", "terminal-process-it", false));
    }

    @Test
    void bulkReconciliationMovesPrepaidOrdersToReadyToShipAndSendsThePaymentMail() {
        long first = orders.create("BANK_TRANSFER");
        long second = orders.create("CONVENIENCE_PREPAID");
        orders.awaitTask(first, "reconcile-payment");
        orders.awaitTask(second, "reconcile-payment");

        ApiClient.Response reconciled = api.post("/api/payments/reconciliations", Map.of("orderIds", java.util.List.of(first, second)));
        assertThat(reconciled.status()).as(reconciled.body()).isEqualTo(200);

        orders.awaitStatus(first, "READY_TO_SHIP");
        orders.awaitStatus(second, "READY_TO_SHIP");
        assertThat(orders.tasks(first)).isEmpty();
        JsonNode mails = ProcessTestOrders.await("入金確認メール", () -> {
            JsonNode log = api.get("/api/orders/" + first + "/mails").json();
            return log.findValuesAsText("purpose").contains("PAYMENT_CONFIRMED") ? log : null;
        });
        assertThat(mails.findValuesAsText("purpose")).containsOnlyOnce("PAYMENT_CONFIRMED");
    }

    @Test
    void anUnpaidOrderGetsItsReminderAndIsHeldWhenOverdueThenPaymentStillMovesItOnAfterRelease() {
        long order = orders.create("BANK_TRANSFER");
        JsonNode task = orders.awaitTask(order, "reconcile-payment");

        pinEngineClock(Instant.now().plus(Duration.ofDays(20)));
        try {
            orders.awaitStatus(order, "ON_HOLD");
            ProcessTestOrders.await("入金催促メール", () -> api.get("/api/orders/" + order + "/mails").json()
                    .findValuesAsText("purpose").contains("PAYMENT_REMINDER") ? true : null);
        } finally {
            resetEngineClock();
        }
        assertThat(orders.completeTask(task, Map.of("paidAmount", 2760, "paidAt", "2026-11-30T10:00:00+09:00")).status()).isEqualTo(200);
        orders.awaitTimeline(order, entries -> entries.toString().contains("保留解除後に反映します"));
        assertThat(orders.status(order)).isEqualTo("ON_HOLD");

        assertThat(api.post("/api/orders/" + order + "/release", Map.of()).status()).isEqualTo(202);
        orders.awaitStatus(order, "READY_TO_SHIP");
        assertThat(api.get("/api/orders/" + order + "/payment").json().toString()).contains("2026-11-30T01:00:00Z");
    }

    @Test
    void aDeferredOrderIsRegisteredAtNpAndACreditOkMovesItToReadyToShip() {
        long order = orders.create("NP_ATOBARAI");
        answerRegistration(order, "{\"results\":[{\"shop_transaction_id\":\"JC" + order + "\",\"np_transaction_id\":\"" + npId(order)
                + "\",\"authori_result\":\"00\"}]}");
        orders.awaitStatus(order, "REVIEW");
        JsonNode task = orders.awaitTask(order, "register-deferred-payment");

        orders.completeTask(task, Map.of("deferredProvider", "NP_ATOBARAI", "invoiceEnclosed", true));

        orders.awaitStatus(order, "READY_TO_SHIP");
        StandIns.HTTP.verify(1, postRequestedFor(urlEqualTo("/np/transactions"))
                .withRequestBody(matchingJsonPath("$.transactions[0].shop_transaction_id", equalTo("JC" + order))));
    }

    @Test
    void aCreditRejectionWaitsForTheOperatorWhoChangesThePaymentMethod() {
        long order = orders.create("NP_ATOBARAI");
        answerRegistration(order, "{\"results\":[{\"np_transaction_id\":\"" + npId(order) + "\",\"authori_result\":\"20\",\"authori_ng\":\"RE001\"}]}");
        orders.completeTask(orders.awaitTask(order, "register-deferred-payment"), Map.of("deferredProvider", "NP_ATOBARAI"));

        JsonNode rejection = orders.awaitTask(order, "handle-credit-rejection");
        orders.completeTask(rejection, Map.of("creditDecision", "CHANGE_PAYMENT", "newPaymentMethod", "COD"));

        orders.awaitStatus(order, "READY_TO_SHIP");
        assertThat(orders.order(order).path("payment").path("code").asText()).isEqualTo("COD");
    }

    @Test
    void aCreditRejectionCanCancelTheOrder() {
        long order = orders.create("NP_ATOBARAI");
        answerRegistration(order, "{\"results\":[{\"np_transaction_id\":\"" + npId(order) + "\",\"authori_result\":\"20\",\"authori_ng\":\"RE001\"}]}");
        orders.completeTask(orders.awaitTask(order, "register-deferred-payment"), Map.of("deferredProvider", "NP_ATOBARAI"));

        orders.completeTask(orders.awaitTask(order, "handle-credit-rejection"), Map.of("creditDecision", "CANCEL"));

        orders.awaitStatus(order, "CANCELLED");
    }

    @Test
    void aHeldCreditKeepsTheOrderWaitingWithTheReasonUntilTheResultArrives() {
        long order = orders.create("NP_ATOBARAI");
        answerRegistration(order, "{\"results\":[{\"np_transaction_id\":\"" + npId(order)
                + "\",\"authori_result\":\"10\",\"authori_hold\":[\"RE009\"]}]}");
        orders.completeTask(orders.awaitTask(order, "register-deferred-payment"), Map.of("deferredProvider", "NP_ATOBARAI"));

        orders.awaitStep(order, "与信保留");
        assertThat(orders.status(order)).isEqualTo("REVIEW");
        assertThat(api.get("/api/orders/" + order + "/timeline").json().toString()).contains("保留");

        StandIns.HTTP.stubFor(post(urlEqualTo("/np/transactions/cancel"))
                .withRequestBody(matchingJsonPath("$.transactions[0].np_transaction_id", equalTo(npId(order))))
                .willReturn(okJson("{\"results\":[{\"np_transaction_id\":\"" + npId(order) + "\"}]}")));
        api.post("/api/orders/" + order + "/cancel", Map.of("reason", "与信保留のまま"));
        orders.awaitStatus(order, "CANCELLED");
        StandIns.HTTP.verify(1, postRequestedFor(urlEqualTo("/np/transactions/cancel"))
                .withRequestBody(matchingJsonPath("$.transactions[0].np_transaction_id", equalTo(npId(order)))));
    }

    @Test
    void aHeldCreditWaitsAgainAndALateOkMovesTheOrderToReadyToShip() {
        long order = orders.create("NP_ATOBARAI");
        answerRegistration(order, "{\"results\":[{\"np_transaction_id\":\"" + npId(order)
                + "\",\"authori_result\":\"10\",\"authori_hold\":[\"RE009\"]}]}");
        orders.completeTask(orders.awaitTask(order, "register-deferred-payment"), Map.of("deferredProvider", "NP_ATOBARAI"));
        orders.awaitStep(order, "与信保留");
        JsonNode waitingAgain = orders.awaitTimeline(order, entries -> count(entries, "与信結果", "ACTIVE") == 1
                && count(entries, "与信保留", null) == 1 && count(entries, "与信結果", "COMPLETED") >= 1);
        assertThat(count(waitingAgain, "与信保留", null)).as("the buffered 保留 is not correlated again").isEqualTo(1);
        assertThat(orders.status(order)).isEqualTo("REVIEW");

        StandIns.HTTP.stubFor(post(urlEqualTo("/np/authorizations/find"))
                .withRequestBody(matchingJsonPath("$.transactions[0].np_transaction_id", equalTo(npId(order))))
                .willReturn(okJson("{\"results\":[{\"np_transaction_id\":\"" + npId(order) + "\",\"authori_result\":\"00\"}]}")));
        assertThat(deferredPayments.refreshCreditResult(order)).contains(CreditResult.OK);

        orders.awaitStatus(order, "READY_TO_SHIP");
        assertThat(orders.tasks(order)).isEmpty();
        assertThat(api.get("/api/orders/" + order + "/payment").json().path("deferred").path("status").asText()).isEqualTo("CREDIT_OK");
        JsonNode timeline = orders.awaitStep(order, "出荷待へ");
        assertThat(count(timeline, "与信保留", null)).isEqualTo(1);
        assertThat(count(timeline, "与信NGメール", null)).isZero();
    }

    @Test
    void aRegistrationNpRefusesReturnsToTheOperatorWithTheReason() {
        long order = orders.create("NP_ATOBARAI");
        StandIns.HTTP.stubFor(post(urlEqualTo("/np/transactions"))
                .withRequestBody(matchingJsonPath("$.transactions[0].shop_transaction_id", equalTo("JC" + order)))
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(400)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"errors\":[{\"codes\":[\"E0100002\"],\"id\":\"JC" + order + "\"}]}")));
        JsonNode first = orders.awaitTask(order, "register-deferred-payment");
        orders.completeTask(first, Map.of("deferredProvider", "NP_ATOBARAI"));

        JsonNode again = ProcessTestOrders.await("もう一度 後払い取引登録", () -> {
            JsonNode tasks = api.get("/api/tasks?orderId=" + order + "&type=register-deferred-payment").json();
            return tasks.size() == 1 && !tasks.get(0).path("key").asText().equals(first.path("key").asText()) ? tasks.get(0) : null;
        });
        JsonNode variables = api.get("/api/tasks/" + again.path("key").asText()).json().path("variables");
        assertThat(variables.path("registrationError").asText()).isNotBlank();
    }

    private void pinEngineClock(Instant at) {
        ApiClient.Response pinned = api.put("/v2/clock", Map.of("timestamp", at.toEpochMilli()));
        assertThat(pinned.status()).as(pinned.body()).isEqualTo(204);
    }

    private void resetEngineClock() {
        api.post("/v2/clock/reset", Map.of());
    }

    /** Process steps titled {@code title} on the timeline, in {@code state} (any when null). */
    private static int count(JsonNode timeline, String title, String state) {
        int found = 0;
        for (JsonNode entry : timeline) {
            if ("PROCESS".equals(entry.path("kind").asText()) && title.equals(entry.path("title").asText())
                    && (state == null || state.equals(entry.path("state").asText()))) {
                found++;
            }
        }
        return found;
    }

    private static void answerRegistration(long orderId, String body) {
        StandIns.HTTP.stubFor(post(urlEqualTo("/np/transactions"))
                .withRequestBody(matchingJsonPath("$.transactions[0].shop_transaction_id", equalTo("JC" + orderId)))
                .willReturn(okJson(body)));
    }

    private static String npId(long orderId) {
        return String.format("%011d", orderId);
    }
}
