package jp.juchu.orchestration.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.juchu.core.InvalidInputException;
import jp.juchu.orchestration.BulkAction;
import jp.juchu.orchestration.BulkOrderResult;
import jp.juchu.orchestration.BulkOutcome;
import jp.juchu.orchestration.BulkRequest;
import org.junit.jupiter.api.Test;

class BulkJsonTest {

    @Test
    void readsEveryParameterWithItsType() {
        Map<String, Object> body = new HashMap<>();
        body.put("action", "register-deferred");
        body.put("orderIds", List.of(1, 2L, "3"));
        body.put("provider", "NP_ATOBARAI");
        body.put("invoiceEnclosed", true);
        body.put("templateId", 7);
        body.put("parentId", "2");
        body.put("paidAt", "2026-11-10");

        BulkRequest request = BulkJson.request(body);

        assertThat(request).isEqualTo(new BulkRequest("register-deferred", List.of(1L, 2L, 3L), "2026-11-10", "NP_ATOBARAI", true, 7L,
                null, null, 2L));
    }

    @Test
    void aWrongTypeNamesItsField() {
        assertRefused(Map.of("action", "hold", "orderIds", "1,2"), "orderIds", "orderIds は受注 ID の配列で指定してください");
        assertRefused(Map.of("action", "hold", "orderIds", List.of(1, "R-2")), "orderIds", "orderIds の 2件目「R-2」は受注 ID (数値) ではありません");
        assertRefused(Map.of("action", "hold", "orderIds", List.of(1.5)), "orderIds", "orderIds の 1件目「1.5」は受注 ID (数値) ではありません");
        assertRefused(Map.of("action", "mail", "orderIds", List.of(1), "templateId", "abc"), "templateId", "「templateId」は数値の ID で指定してください (「abc」)");
        assertRefused(Map.of("action", "register-deferred", "orderIds", List.of(1), "invoiceEnclosed", "yes"), "invoiceEnclosed",
                "「invoiceEnclosed」は true か false で指定してください");
        assertRefused(Map.of("action", List.of("hold")), "action", "「action」は文字列で指定してください");
        assertThatThrownBy(() -> BulkJson.request(null)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aMissingIdInTheListIsLeftForTheValidation() {
        assertThat(BulkJson.request(Map.of("orderIds", Arrays.asList(1, null))).orderIds()).containsExactly(1L, null);
    }

    @Test
    void answersOneResultPerOrderWithCounts() {
        BulkOutcome outcome = new BulkOutcome(BulkAction.HOLD, List.of(
                new BulkOrderResult(1L, "R-1", BulkOrderResult.Outcome.SUCCEEDED, "保留を指示しました"),
                new BulkOrderResult(2L, "R-2", BulkOrderResult.Outcome.FAILED, "「保留」の受注は保留にできません")), null);

        Map<String, Object> answer = BulkJson.answer(outcome);

        assertThat(answer).containsEntry("action", "hold").containsEntry("succeeded", 1L).containsEntry("failed", 1L)
                .containsEntry("skipped", 0L).doesNotContainKey("parentId");
        assertThat((List<?>) answer.get("results")).hasSize(2).first().isEqualTo(Map.of("orderId", 1L, "ok", true,
                "message", "保留を指示しました", "outcome", "SUCCEEDED", "outcomeLabel", "成功", "orderNumber", "R-1"));
    }

    @Test
    void returnsOnlyToTheOrderList() {
        assertThat(BulkOrderScreenController.listPath("/orders?status=AWAITING_PAYMENT&shop=S1", "")).isEqualTo("/orders?status=AWAITING_PAYMENT&shop=S1");
        assertThat(BulkOrderScreenController.listPath("/app/orders?page=1", "/app")).isEqualTo("/orders?page=1");
        assertThat(BulkOrderScreenController.listPath(null, "")).isEqualTo("/orders");
        assertThat(BulkOrderScreenController.listPath("https://evil.example/orders", "")).isEqualTo("/orders");
        assertThat(BulkOrderScreenController.listPath("//evil.example/orders", "")).isEqualTo("/orders");
        assertThat(BulkOrderScreenController.listPath("/orders/../settings", "")).isEqualTo("/orders");
        assertThat(BulkOrderScreenController.listPath("/orders?x=1\r\nLocation: /x", "")).isEqualTo("/orders");
    }

    private static void assertRefused(Map<String, Object> body, String field, String message) {
        assertThatThrownBy(() -> BulkJson.request(body)).isInstanceOf(InvalidInputException.class).hasMessage(message)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo(field));
    }
}
