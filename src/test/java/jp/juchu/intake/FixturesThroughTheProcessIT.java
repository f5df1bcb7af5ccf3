package jp.juchu.intake;

import static jp.juchu.intake.ImportTestSupport.fixture;
import static jp.juchu.intake.ImportTestSupport.importAndWait;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.juchu.core.Mall;
import jp.juchu.intake.ImportTestSupport.Part;
import jp.juchu.shop.DeliverySettings;
import jp.juchu.shop.DemoData;
import jp.juchu.shop.PaymentSettings;
import jp.juchu.shop.ShopManagement;
import jp.juchu.shop.ShopRef;
import jp.juchu.support.ApiClient;
import jp.juchu.support.IntegrationTest;
import jp.juchu.support.ProcessTestOrders;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The three mall fixtures imported with the demo mappings in automatic mode: every order ends where its payment
 * and flags say, with the user task that belongs there open, and completing tasks (our API or Camunda's own
 * {@code /v2/user-tasks/{key}/completion}) moves the orders on.
 */
@IntegrationTest
class FixturesThroughTheProcessIT {

    private static final Set<String> WITHOUT_OPERATOR = Set.of("CARD", "COD", "MALL_SETTLED", "NONE");

    @LocalServerPort
    int port;

    @Autowired
    ShopManagement shopManagement;

    @Autowired
    DemoData demoData;

    @Autowired
    PaymentSettings paymentSettings;

    @Autowired
    DeliverySettings deliverySettings;

    @Test
    void everyImportedOrderReachesTheStatusItsPaymentAndFlagsImplyWithItsTaskOpen() {
        ShopRef rakuten = shop(Mall.RAKUTEN);
        ShopRef yahoo = shop(Mall.YAHOO);
        ShopRef amazon = shop(Mall.AMAZON);
        importAndWait(port, rakuten, Part.file("file", "rakuten_orders.csv", fixture("rakuten_orders.csv")));
        importAndWait(port, yahoo, Part.file("file", "orders.csv", fixture("yahoo_orders.csv")),
                Part.file("items", "items.csv", fixture("yahoo_order_items.csv")));
        importAndWait(port, amazon, Part.file("file", "amazon_orders.txt", fixture("amazon_orders.txt")));

        ApiClient api = ApiClient.admin(port);
        Map<String, List<Long>> byTask = new HashMap<>();
        int checked = 0;
        for (ShopRef shop : List.of(rakuten, yahoo, amazon)) {
            for (JsonNode row : api.get("/api/orders?shop=" + shop.code() + "&size=200").json().path("items")) {
                long id = row.path("id").asLong();
                Expectation expected = expectation(api.get("/api/orders/" + id).json(), shop.mall());
                ProcessTestOrders.await(() -> "受注 " + id + " が " + expected + "; " + ProcessTestOrders.describe(api, id),
                        () -> expected.metBy(api, id) ? true : null);
                if (expected.task() != null) {
                    byTask.computeIfAbsent(expected.task(), t -> new ArrayList<>()).add(id);
                }
                checked++;
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(40);
        assertThat(byTask).containsKeys("review-order", "reconcile-payment", "confirm-rakuten-order");

        long prepaid = byTask.get("reconcile-payment").get(0);
        JsonNode reconcile = task(api, prepaid, "reconcile-payment");
        assertThat(api.post("/api/tasks/" + reconcile.path("key").asText() + "/complete",
                Map.of("paidAmount", 1000, "paidAt", "2026-11-30T09:30:00+09:00")).status()).isEqualTo(200);
        releaseIfHeld(api, prepaid);
        awaitStatus(api, prepaid, "READY_TO_SHIP");

        long other = byTask.get("reconcile-payment").get(1);
        JsonNode camundaStyle = task(api, other, "reconcile-payment");
        ApiClient.Response completed = api.post("/v2/user-tasks/" + camundaStyle.path("key").asText() + "/completion",
                Map.of("variables", Map.of("paidAmount", 1000)));
        assertThat(completed.status()).as(completed.body()).isEqualTo(204);
        releaseIfHeld(api, other);
        awaitStatus(api, other, "READY_TO_SHIP");
    }

    private ShopRef shop(Mall mall) {
        return ImportTestSupport.shopWithDemoMappings(mall, shopManagement, demoData, paymentSettings, deliverySettings);
    }

    /** Where an order must end up and which task must be open there. */
    record Expectation(String status, String task) {

        boolean metBy(ApiClient api, long id) {
            if (!status.equals(api.get("/api/orders/" + id).json().path("status").asText())) {
                return false;
            }
            JsonNode tasks = api.get("/api/tasks?orderId=" + id).json();
            return task == null ? tasks.isEmpty() : tasks.size() == 1 && task.equals(tasks.get(0).path("type").asText());
        }
    }

    private static Expectation expectation(JsonNode order, Mall mall) {
        if ("CANCELLED".equals(order.path("status").asText())) {
            return new Expectation("CANCELLED", null);
        }
        boolean blocked = false;
        for (JsonNode flag : order.path("flags")) {
            blocked |= flag.path("blocking").asBoolean();
        }
        if (blocked) {
            return new Expectation("REVIEW", "review-order");
        }
        if (order.path("manualProgress").asBoolean()) {
            return new Expectation("REVIEW", "decide-progress");
        }
        if (mall == Mall.RAKUTEN && "注文確認待ち".equals(order.path("mallStatus").asText())) {
            return new Expectation("AWAITING_PAYMENT", "confirm-rakuten-order");
        }
        String category = order.path("paymentCategory").asText();
        if (WITHOUT_OPERATOR.contains(category)) {
            return new Expectation("READY_TO_SHIP", null);
        }
        if ("PREPAID".equals(category)) {
            // the fixtures' orders are months old: past 自動処理設定's unpaid escalation (default 14 days) they are held
            boolean overdue = Instant.parse(order.path("orderedAt").asText()).plus(Duration.ofDays(14)).isBefore(Instant.now());
            return new Expectation(overdue ? "ON_HOLD" : "AWAITING_PAYMENT", "reconcile-payment");
        }
        return new Expectation("REVIEW", "register-deferred-payment");
    }

    /** A paid order that was held as overdue keeps 保留 until someone releases it. */
    private static void releaseIfHeld(ApiClient api, long orderId) {
        ProcessTestOrders.await("入金記録", () -> api.get("/api/orders/" + orderId + "/payment").json().toString().contains("paidAt") ? true : null);
        if ("ON_HOLD".equals(api.get("/api/orders/" + orderId).json().path("status").asText())) {
            assertThat(api.post("/api/orders/" + orderId + "/release", Map.of()).status()).isEqualTo(202);
        }
    }

    private static JsonNode task(ApiClient api, long orderId, String type) {
        JsonNode tasks = api.get("/api/tasks?orderId=" + orderId + "&type=" + type).json();
        assertThat(tasks).hasSize(1);
        return tasks.get(0);
    }

    private static void awaitStatus(ApiClient api, long id, String status) {
        ProcessTestOrders.await("受注 " + id + " が " + status,
                () -> status.equals(api.get("/api/orders/" + id).json().path("status").asText()) ? true : null);
    }
}
