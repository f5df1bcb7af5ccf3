package jp.juchu.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import jp.juchu.core.ConflictException;
import jp.juchu.order.OrderBook;
import jp.juchu.order.OrderStatus;
import jp.juchu.shop.ShopRef;
import jp.juchu.support.ApiClient;
import jp.juchu.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class PaymentReconciliationIT {

    @LocalServerPort
    int port;

    @Autowired
    PaymentTestData data;

    @Autowired
    PaymentReconciliation reconciliation;

    @Autowired
    RecordedPaymentEvents events;

    @Autowired
    OrderBook book;

    ApiClient api;
    ShopRef shop;

    @BeforeEach
    void setUp() {
        api = ApiClient.admin(port);
        shop = data.shop();
    }

    private long awaitingPayment() {
        long id = data.order(api, shop, "BANK_TRANSFER", "振込 太郎");
        data.awaitStatus(id, OrderStatus.AWAITING_PAYMENT);
        return id;
    }

    @Test
    void reconcilesPrepaidOrdersInBulkAndRefusesTheOthersWithTheReason() {
        long first = awaitingPayment();
        long second = awaitingPayment();
        long cod = data.order(api, shop, "COD", "代引 花子");
        long cancelled = data.order(api, shop, "BANK_TRANSFER", "取消 次郎");
        data.awaitStatus(cancelled, OrderStatus.CANCELLED);

        ApiClient.Response response = api.post("/api/payments/reconciliations",
                Map.of("orderIds", List.of(first, second, cod, cancelled, 987654321L, first), "paidAt", "2026-11-10"));

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode results = response.json().path("results");
        assertThat(results).hasSize(5);
        assertThat(results.get(0).path("orderId").asLong()).isEqualTo(first);
        assertThat(results.get(0).path("ok").asBoolean()).isTrue();
        assertThat(results.get(0).path("message").asText()).contains("入金を消し込みました").contains("2026/11/10 00:00").contains("3,300円");
        assertThat(results.get(1).path("ok").asBoolean()).isTrue();
        assertThat(results.get(2).path("ok").asBoolean()).isFalse();
        assertThat(results.get(2).path("message").asText()).contains("決済区分は「代金引換」").contains("前払いの受注のみ");
        assertThat(results.get(3).path("ok").asBoolean()).isFalse();
        assertThat(results.get(3).path("message").asText()).contains("「キャンセル」のため入金消込できません");
        assertThat(results.get(4).path("message").asText()).isEqualTo("受注 987654321 はありません");
        assertThat(response.json().path("reconciled").asInt()).isEqualTo(2);

        Instant paidAt = Instant.parse("2026-11-09T15:00:00Z");
        assertThat(events.reconciledFor(first)).containsExactly(new PaymentReconciled(first, paidAt));
        assertThat(events.reconciledFor(cod)).isEmpty();
        assertThat(events.reconciledFor(cancelled)).isEmpty();

        JsonNode payment = api.get("/api/orders/" + first + "/payment").json();
        assertThat(payment.path("payment").path("amount").asLong()).isEqualTo(3300);
        assertThat(payment.path("payment").path("recordedBy").asText()).isEqualTo("admin");
        assertThat(Instant.parse(payment.path("payment").path("paidAt").asText())).isEqualTo(paidAt);
        assertThat(payment.path("deferred").isNull()).isTrue();
        assertThat(api.get("/api/orders/" + cod + "/payment").json().path("payment").isNull()).isTrue();
        assertThat(book.history(first)).anySatisfy(h -> {
            assertThat(h.getKind()).isEqualTo("入金消込");
            assertThat(h.getText()).contains("3,300円");
        });
    }

    @Test
    void reconcilingAgainIsRefusedAndPublishesNothingMore() {
        long id = awaitingPayment();
        assertThat(reconciliation.reconcile(List.of(id), null, "tester").get(0).ok()).isTrue();

        ReconciliationResult again = reconciliation.reconcile(List.of(id), null, "tester").get(0);

        assertThat(again.ok()).isFalse();
        assertThat(again.message()).contains("既に入金消込済みです").contains("tester");
        assertThat(events.reconciledFor(id)).hasSize(1);
    }

    @Test
    void theTaskSideRecordsOnceWithoutAnEvent() {
        long id = awaitingPayment();
        Instant paidAt = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);

        assertThat(reconciliation.record(id, paidAt, "operator1")).isTrue();
        assertThat(reconciliation.record(id, Instant.now(), "operator2")).isFalse();

        PaymentRecordView stored = reconciliation.find(id).orElseThrow();
        assertThat(stored.paidAt()).isEqualTo(paidAt);
        assertThat(stored.recordedBy()).isEqualTo("operator1");
        assertThat(events.reconciledFor(id)).isEmpty();
        long cod = data.order(api, shop, "COD", "代引 三郎");
        assertThatThrownBy(() -> reconciliation.record(cod, null, "operator1")).isInstanceOf(ConflictException.class)
                .hasMessageContaining("代金引換");
    }

    @Test
    void refusesEmptyRequestsAndFutureDates() {
        ApiClient.Response empty = api.post("/api/payments/reconciliations", Map.of("orderIds", List.of()));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json().path("field").asText()).isEqualTo("orderIds");

        ApiClient.Response future = api.post("/api/payments/reconciliations", Map.of("orderIds", List.of(1), "paidAt", "2999-01-01"));
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.json().path("field").asText()).isEqualTo("paidAt");
        assertThat(future.json().path("message").asText()).contains("未来");

        ApiClient.Response unreadable = api.post("/api/payments/reconciliations", Map.of("orderIds", List.of(1), "paidAt", "昨日"));
        assertThat(unreadable.status()).isEqualTo(400);
        assertThat(unreadable.json().path("message").asText()).contains("昨日");
    }
}
