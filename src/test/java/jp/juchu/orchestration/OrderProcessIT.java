package jp.juchu.orchestration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import jp.juchu.support.ApiClient;
import jp.juchu.support.IntegrationTest;
import jp.juchu.support.ProcessTestOrders;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The order process with its real workers on the embedded engine, driven through the HTTP API. */
@IntegrationTest
class OrderProcessIT {

    @LocalServerPort
    int port;

    ProcessTestOrders orders;
    ApiClient api;

    @BeforeEach
    void shop() {
        orders = new ProcessTestOrders(port);
        api = orders.api();
    }

    @Test
    void aCardOrderGoesToReadyToShipWithoutAnOperator() {
        long order = orders.create("CREDIT_CARD");

        orders.awaitStatus(order, "READY_TO_SHIP");
        assertThat(orders.tasks(order)).isEmpty();
        JsonNode timeline = orders.awaitStep(order, "出荷待へ");
        assertThat(titles(timeline)).contains("受注登録", "受注チェック", "出荷待へ");
    }

    @Test
    void aFlaggedOrderWaitsAtReviewUntilFixedAndTheTaskCompleted() {
        long order = orders.createWithAddressError("COD");

        orders.awaitStatus(order, "REVIEW");
        JsonNode task = orders.awaitTask(order, "review-order");
        assertThat(task.path("formId").asText()).isEqualTo("review-order");
        assertThat(task.path("orderId").asLong()).isEqualTo(order);

        ApiClient.Response fixed = api.put("/api/orders/" + order, Map.of("shipments",
                List.of(Map.of("seq", 1, "recipient", Map.of("prefecture", "東京都"))), "orderer", Map.of("prefecture", "東京都")));
        assertThat(fixed.status()).as(fixed.body()).isEqualTo(200);
        assertThat(orders.completeTask(task, Map.of()).status()).isEqualTo(200);

        orders.awaitStatus(order, "READY_TO_SHIP");
    }

    @Test
    void aPrepaidOrderWaitsForReconciliation() {
        long order = orders.create("BANK_TRANSFER");

        orders.awaitStatus(order, "AWAITING_PAYMENT");
        JsonNode task = orders.awaitTask(order, "reconcile-payment");
        assertThat(orders.completeTask(task, Map.of("paidAt", "2026-11-30T10:00:00+09:00")).status()).isEqualTo(200);

        orders.awaitStatus(order, "READY_TO_SHIP");
    }

    @Test
    void holdKeepsTheOrderAndReleaseReturnsItWhereTheProcessIs() {
        long order = orders.create("COD");
        orders.awaitStatus(order, "READY_TO_SHIP");

        assertThat(api.post("/api/orders/" + order + "/hold", Map.of()).status()).isEqualTo(202);
        orders.awaitStatus(order, "ON_HOLD");
        assertThat(api.post("/api/orders/" + order + "/hold", Map.of()).status()).isEqualTo(409);

        assertThat(api.post("/api/orders/" + order + "/release", Map.of()).status()).isEqualTo(202);
        orders.awaitStatus(order, "READY_TO_SHIP");
    }

    @Test
    void cancelFromReadyToShipEndsTheProcessAsCancelled() {
        long order = orders.create("COD");
        orders.awaitStatus(order, "READY_TO_SHIP");

        ApiClient.Response cancelled = api.post("/api/orders/" + order + "/cancel", Map.of("reason", "お客様都合"));
        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(202);
        orders.awaitStatus(order, "CANCELLED");
        assertThat(api.post("/api/orders/" + order + "/cancel", Map.of()).status()).isEqualTo(409);
    }

    @Test
    void progressChangeMovesTheTokenAndSwitchesTheOrderToManual() {
        long order = orders.create("BANK_TRANSFER");
        orders.awaitTask(order, "reconcile-payment");

        ApiClient.Response moved = api.post("/api/orders/" + order + "/progress", Map.of("status", "READY_TO_SHIP"));
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);

        assertThat(orders.order(order).path("status").asText()).isEqualTo("READY_TO_SHIP");
        assertThat(orders.order(order).path("manualProgress").asBoolean()).isTrue();
        assertThat(orders.tasks(order)).isEmpty();
        assertThat(api.post("/api/orders/" + order + "/progress", Map.of("status", "NOPE")).status()).isEqualTo(400);
    }

    @Test
    void unknownTasksAndIncidentsAreNotFound() {
        assertThat(api.post("/api/tasks/999999999/complete", Map.of()).status()).isEqualTo(404);
        assertThat(api.get("/api/incidents").status()).isEqualTo(200);
    }

    private static List<String> titles(JsonNode timeline) {
        return timeline.findValuesAsText("title");
    }
}
