package jp.juchu.orchestration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.juchu.order.OrderBook;
import jp.juchu.order.OrderHistoryEntry;
import jp.juchu.support.ApiClient;
import jp.juchu.support.IntegrationTest;
import jp.juchu.support.ProcessTestOrders;
import jp.juchu.support.StandIns;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** 一括操作 over {@code POST /api/orders/bulk} against the real process, workers, mail and payment modules. */
@IntegrationTest
class BulkOrderActionsIT {

    @LocalServerPort
    int port;

    @Autowired
    OrderBook book;

    ProcessTestOrders orders;
    ApiClient api;

    @BeforeEach
    void shop() {
        orders = new ProcessTestOrders(port);
        api = orders.api();
    }

    @Test
    void holdsAndReleasesTwoOrdersReadyToShip() {
        long first = orders.create("COD");
        long second = orders.create("COD");
        orders.awaitStatus(first, "READY_TO_SHIP");
        orders.awaitStatus(second, "READY_TO_SHIP");

        JsonNode held = bulk(Map.of("action", "hold", "orderIds", List.of(first, second)));
        assertResult(held, 0, first, "SUCCEEDED", "保留を指示しました (プロセスが保留にします)");
        assertResult(held, 1, second, "SUCCEEDED", "保留を指示しました (プロセスが保留にします)");
        orders.awaitStatus(first, "ON_HOLD");
        orders.awaitStatus(second, "ON_HOLD");

        JsonNode released = bulk(Map.of("action", "release", "orderIds", List.of(first, second)));
        assertThat(released.path("succeeded").asInt()).as(released.toString()).isEqualTo(2);
        orders.awaitStatus(first, "READY_TO_SHIP");
        orders.awaitStatus(second, "READY_TO_SHIP");
        assertThat(notes(first, "保留指示")).containsExactly("admin: 保留を指示しました");
        assertThat(notes(second, "保留解除指示")).containsExactly("admin: 保留解除を指示しました");
    }

    @Test
    void cancelsTheOrdersThatCanBeCancelledAndReportsTheOthers() {
        long alreadyCancelled = orders.create("COD");
        long open = orders.create("COD");
        orders.awaitStatus(alreadyCancelled, "READY_TO_SHIP");
        orders.awaitStatus(open, "READY_TO_SHIP");
        assertThat(api.post("/api/orders/" + alreadyCancelled + "/cancel", Map.of()).status()).isEqualTo(202);
        orders.awaitStatus(alreadyCancelled, "CANCELLED");

        JsonNode cancelled = bulk(Map.of("action", "cancel", "orderIds", List.of(alreadyCancelled, open), "reason", "在庫切れ (一括)"));

        assertResult(cancelled, 0, alreadyCancelled, "FAILED", "「キャンセル」の受注はキャンセルできません");
        assertThat(cancelled.path("results").get(0).path("ok").asBoolean()).isFalse();
        assertResult(cancelled, 1, open, "SUCCEEDED", "キャンセルを指示しました (プロセスがキャンセルにします)");
        assertThat(cancelled.path("results").get(1).path("ok").asBoolean()).isTrue();
        orders.awaitStatus(open, "CANCELLED");
        assertThat(notes(open, "キャンセル指示")).containsExactly("admin: 在庫切れ (一括)");
    }

    @Test
    void changesTheProgressOfSeveralOrders() {
        long first = orders.create("BANK_TRANSFER");
        long second = orders.create("BANK_TRANSFER");
        orders.awaitTask(first, "reconcile-payment");
        orders.awaitTask(second, "reconcile-payment");

        JsonNode moved = bulk(Map.of("action", "progress", "orderIds", List.of(first, second), "status", "READY_TO_SHIP"));

        assertResult(moved, 0, first, "SUCCEEDED", "受注進捗を「入金待」から「出荷待」に変更しました (受注進捗遷移: 手動)");
        assertResult(moved, 1, second, "SUCCEEDED", "受注進捗を「入金待」から「出荷待」に変更しました (受注進捗遷移: 手動)");
        for (long order : List.of(first, second)) {
            JsonNode state = orders.order(order);
            assertThat(state.path("status").asText()).isEqualTo("READY_TO_SHIP");
            assertThat(state.path("manualProgress").asBoolean()).isTrue();
            assertThat(orders.tasks(order)).isEmpty();
        }
        JsonNode again = bulk(Map.of("action", "progress", "orderIds", List.of(first), "status", "READY_TO_SHIP"));
        assertResult(again, 0, first, "SKIPPED", "既に「出荷待」です");
    }

    @Test
    void sendsAFreeTemplateToEachOrder() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        long template = createFreeTemplate(marker);
        String firstAddress = "bulk-" + marker + "-1@example.com";
        String secondAddress = "bulk-" + marker + "-2@example.com";
        long first = orders.create("COD", "150-0002", "東京都", firstAddress);
        long second = orders.create("COD", "150-0002", "東京都", secondAddress);

        JsonNode sent = bulk(Map.of("action", "mail", "orderIds", List.of(first, second), "templateId", template));

        assertThat(sent.path("succeeded").asInt()).as(sent.toString()).isEqualTo(2);
        assertThat(sent.path("results").get(0).path("outcome").asText()).isEqualTo("SUCCEEDED");
        for (String address : List.of(firstAddress, secondAddress)) {
            List<MimeMessage> received = ProcessTestOrders.await("一括送信メール to " + address, () -> {
                List<MimeMessage> found = mailsTo(address, "一括のお知らせ " + marker);
                return found.isEmpty() ? null : found;
            });
            assertThat(received).hasSize(1);
        }
        assertThat(notes(first, "メール")).anySatisfy(note -> assertThat(note).startsWith("admin: ").contains("一括のお知らせ " + marker));
    }

    @Test
    void registersDeferredPaymentForTheOrdersWaitingForIt() {
        long first = orders.create("NP_ATOBARAI");
        long second = orders.create("NP_ATOBARAI");
        long cod = orders.create("COD");
        orders.awaitTask(first, "register-deferred-payment");
        orders.awaitTask(second, "register-deferred-payment");
        orders.awaitStatus(cod, "READY_TO_SHIP");

        Map<String, Object> request = new HashMap<>();
        request.put("action", "register-deferred");
        request.put("orderIds", List.of(first, second, cod));
        request.put("provider", "NP_ATOBARAI");
        request.put("invoiceEnclosed", true);
        JsonNode registered = bulk(request);

        assertResult(registered, 0, first, "SUCCEEDED", "後払い取引登録を完了しました (NP後払い、請求書同梱: する)");
        assertResult(registered, 1, second, "SUCCEEDED", "後払い取引登録を完了しました (NP後払い、請求書同梱: する)");
        assertResult(registered, 2, cod, "SKIPPED", "後払い取引登録のタスクがありません (受注進捗: 出荷待)");
        for (long order : List.of(first, second)) {
            assertThat(api.get("/api/tasks?orderId=" + order + "&type=register-deferred-payment").json()).isEmpty();
            assertThat(notes(order, "後払い取引登録")).containsExactly("admin: 一括操作で後払い取引登録を完了しました (NP後払い、請求書同梱: する)");
        }
    }

    @Test
    void reconcilesTwoPrepaidOrdersWhichThenGoToReadyToShip() {
        long first = orders.create("BANK_TRANSFER");
        long second = orders.create("BANK_TRANSFER");
        long cod = orders.create("COD");
        orders.awaitTask(first, "reconcile-payment");
        orders.awaitTask(second, "reconcile-payment");
        orders.awaitStatus(cod, "READY_TO_SHIP");
        OffsetDateTime paidAt = OffsetDateTime.ofInstant(Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS),
                ZoneOffset.ofHours(9));

        JsonNode reconciled = bulk(Map.of("action", "reconcile", "orderIds", List.of(first, second, cod), "paidAt", paidAt.toString()));

        assertThat(reconciled.path("results").get(0).path("outcome").asText()).as(reconciled.toString()).isEqualTo("SUCCEEDED");
        assertThat(reconciled.path("results").get(1).path("outcome").asText()).isEqualTo("SUCCEEDED");
        assertResult(reconciled, 2, cod, "SKIPPED", "入金待ではないため入金消込できません (受注進捗: 出荷待)");
        for (long order : List.of(first, second)) {
            orders.awaitStatus(order, "READY_TO_SHIP");
            JsonNode payment = api.get("/api/orders/" + order + "/payment").json().path("payment");
            assertThat(Instant.parse(payment.path("paidAt").asText())).isEqualTo(paidAt.toInstant());
            assertThat(payment.path("recordedBy").asText()).isEqualTo("admin");
        }
        JsonNode again = bulk(Map.of("action", "reconcile", "orderIds", List.of(first)));
        assertResult(again, 0, first, "SKIPPED", "入金待ではないため入金消込できません (受注進捗: 出荷待)");
    }

    @Test
    void anUnknownActionOrAMissingParameterIsRefusedNamingTheField() {
        long order = orders.create("COD");

        assertRefused(Map.of("action", "archive", "orderIds", List.of(order)), "action");
        assertRefused(Map.of("orderIds", List.of(order)), "action");
        assertRefused(Map.of("action", "hold", "orderIds", List.of()), "orderIds");
        assertRefused(Map.of("action", "mail", "orderIds", List.of(order)), "templateId");
        assertRefused(Map.of("action", "progress", "orderIds", List.of(order)), "status");
        assertRefused(Map.of("action", "register-deferred", "orderIds", List.of(order)), "provider");
        assertRefused(Map.of("action", "reconcile", "orderIds", List.of(order), "paidAt", "2999-01-01"), "paidAt");
        assertRefused(Map.of("action", "bundle", "orderIds", List.of(order)), "orderIds");
        assertThat(api.post("/api/orders/bulk", Map.of("action", "mail", "orderIds", List.of(order), "templateId", 987654321)).status())
                .isEqualTo(404);
        assertThat(ApiClient.anonymous(port).post("/api/orders/bulk", Map.of("action", "hold", "orderIds", List.of(order))).status())
                .isEqualTo(401);
    }

    @Test
    void bundlesTheSelectedOrdersIntoTheOldest() {
        long oldest = orders.create("COD");
        long newer = orders.create("COD");
        orders.awaitStatus(oldest, "READY_TO_SHIP");
        orders.awaitStatus(newer, "READY_TO_SHIP");

        JsonNode bundled = bulk(Map.of("action", "bundle", "orderIds", List.of(newer, oldest)));

        assertThat(bundled.path("parentId").asLong()).as(bundled.toString()).isEqualTo(oldest);
        assertThat(bundled.path("succeeded").asInt()).isEqualTo(2);
        assertThat(orders.order(newer).path("status").asText()).isEqualTo("BUNDLED");
        assertThat(notes(newer, "同梱")).singleElement().asString().startsWith("admin: ");
    }

    private JsonNode bulk(Map<String, Object> request) {
        ApiClient.Response response = api.post("/api/orders/bulk", request);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private void assertRefused(Map<String, Object> request, String field) {
        ApiClient.Response response = api.post("/api/orders/bulk", request);
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().path("field").asText()).isEqualTo(field);
        assertThat(response.json().path("message").asText()).isNotBlank();
    }

    private static void assertResult(JsonNode answer, int index, long orderId, String outcome, String message) {
        JsonNode result = answer.path("results").get(index);
        assertThat(result.path("orderId").asLong()).as(answer.toString()).isEqualTo(orderId);
        assertThat(result.path("outcome").asText()).as(result.toString()).isEqualTo(outcome);
        assertThat(result.path("ok").asBoolean()).isEqualTo("SUCCEEDED".equals(outcome));
        assertThat(result.path("message").asText()).isEqualTo(message);
    }

    private List<String> notes(long orderId, String kind) {
        return book.history(orderId).stream().filter(h -> h.getKind().equals(kind))
                .map(h -> h.getActor() + ": " + h.getText()).toList();
    }

    private long createFreeTemplate(String marker) {
        Map<String, Object> template = new HashMap<>();
        template.put("purpose", "FREE");
        template.put("shop", orders.shopCode());
        template.put("name", "一括送信 " + marker);
        template.put("subject", "一括のお知らせ " + marker + " {{受注番号}}");
        template.put("body", "{{注文者名}} 様\n\nご注文 {{受注番号}} についてのお知らせです。\n");
        ApiClient.Response created = api.post("/api/mail-templates", template);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("id").asLong();
    }

    private static List<MimeMessage> mailsTo(String address, String subjectStart) {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage message : StandIns.SMTP.getReceivedMessages()) {
            try {
                Address[] recipients = message.getRecipients(Message.RecipientType.TO);
                boolean toAddress = recipients != null && List.of(recipients).stream()
                        .anyMatch(a -> ((InternetAddress) a).getAddress().equals(address));
                if (toAddress && message.getSubject() != null && message.getSubject().startsWith(subjectStart)) {
                    found.add(message);
                }
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return found;
    }
}
