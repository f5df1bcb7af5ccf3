package jp.juchu.orchestration.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.juchu.payment.DeferredProviderSettings;
import jp.juchu.support.ApiClient;
import jp.juchu.support.IntegrationTest;
import jp.juchu.support.ProcessTestOrders;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** タスク一覧 and the task page on real orders whose processes wait at user tasks. */
@IntegrationTest
class TaskScreensIT {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    DeferredProviderSettings providerSettings;

    ProcessTestOrders orders;
    ApiClient api;
    String me;
    String colleague;

    @BeforeEach
    void setUp() {
        orders = new ProcessTestOrders(port);
        api = orders.api();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        me = "inbox-" + suffix;
        colleague = "colleague-" + suffix;
    }

    private RequestPostProcessor as(String name) {
        return user(name).roles("OPERATOR");
    }

    @Test
    void theGroupTabListsUnassignedTasksAndClaimingMovesThemToMine() throws Exception {
        long order = orders.create("BANK_TRANSFER");
        String key = orders.awaitTask(order, "reconcile-payment").path("key").asText();
        String number = orders.order(order).path("mallOrderNumber").asText();

        mvc.perform(get("/tasks").param("tab", "group").param("orderId", String.valueOf(order)).with(as(me)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"task-" + key + "\""), containsString("入金消込"),
                        containsString("href=\"/orders/" + order + "\""), containsString(">" + number + "<"),
                        containsString("id=\"claim-" + key + "\""), containsString("(未担当)"))));
        mvc.perform(get("/tasks").param("tab", "group").param("orderId", String.valueOf(order)).param("type", "review-order").with(as(me)))
                .andExpect(content().string(not(containsString("id=\"task-" + key + "\""))));
        mvc.perform(get("/tasks").with(as(me)))
                .andExpect(content().string(not(containsString("id=\"task-" + key + "\""))));

        mvc.perform(post("/tasks/" + key + "/claim").with(as(me)).with(csrf()))
                .andExpect(redirectedUrl("/tasks?tab=mine"))
                .andExpect(flash().attribute("message", "「入金消込」(受注 " + number + ") を担当しました"));

        assertThat(task(order).path("assignee").asText()).isEqualTo(me);
        mvc.perform(get("/tasks").with(as(me)))
                .andExpect(content().string(allOf(containsString("id=\"task-" + key + "\""), containsString("id=\"unclaim-" + key + "\""),
                        containsString("id=\"count-mine\">1<"))));
        mvc.perform(get("/tasks").param("tab", "group").param("orderId", String.valueOf(order)).with(as(colleague)))
                .andExpect(content().string(not(containsString("id=\"task-" + key + "\""))));
    }

    @Test
    void someoneElsesTaskCanBeNeitherTakenNorReleasedNorCompleted() throws Exception {
        long order = orders.create("BANK_TRANSFER");
        String key = orders.awaitTask(order, "reconcile-payment").path("key").asText();
        mvc.perform(post("/tasks/" + key + "/claim").with(as(me)).with(csrf())).andExpect(redirectedUrl("/tasks?tab=mine"));

        mvc.perform(post("/tasks/" + key + "/claim").with(as(colleague)).with(csrf()))
                .andExpect(flash().attribute("error", containsString("は " + me + " さんが担当しています。何も変更していません")));
        mvc.perform(post("/tasks/" + key + "/unclaim").with(as(colleague)).with(csrf()))
                .andExpect(flash().attribute("error", containsString("担当を外せるのは担当者だけです")));
        mvc.perform(post("/tasks/" + key + "/complete").param("paidAmount", "2760").with(as(colleague)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("は " + me + " さんが担当しています。何も変更していません")));
        assertThat(task(order).path("assignee").asText()).isEqualTo(me);

        mvc.perform(post("/tasks/" + key + "/unclaim").with(as(me)).with(csrf()))
                .andExpect(redirectedUrl("/tasks?tab=group"))
                .andExpect(flash().attribute("message", containsString("の担当を外しました")));
        assertThat(task(order).path("assignee").isNull()).isTrue();
        mvc.perform(post("/tasks/999999999/claim").with(as(me)).with(csrf()))
                .andExpect(flash().attribute("error", containsString("タスク 999999999 は完了済みか、ありません")));
    }

    @Test
    void theReviewFormIsCheckedThenCompletedAfterTheAddressIsFixed() throws Exception {
        long order = orders.createWithAddressError("COD");
        orders.awaitStatus(order, "REVIEW");
        String key = orders.awaitTask(order, "review-order").path("key").asText();

        mvc.perform(get("/tasks/" + key).with(as(me)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("確認待（受注確認）"), containsString("id=\"fact-flagSummary\">住所"),
                        containsString("name=\"reviewConfirmed\""), containsString("name=\"reviewNote\""),
                        containsString("<h2>確認待</h2>"), not(containsString("name=\"orderNumber\"")))));

        mvc.perform(post("/tasks/" + key + "/complete").param("reviewNote", "住所を確認中").with(as(me)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"error-reviewConfirmed\""),
                        containsString("「修正しました（チェックを再実行する）」にチェックを入れてください"),
                        containsString("住所を確認中"))));
        assertThat(orders.tasks(order)).hasSize(1);
        assertThat(task(order).path("assignee").isNull()).as("an invalid form takes nothing").isTrue();

        ApiClient.Response fixed = api.put("/api/orders/" + order, Map.of("shipments",
                List.of(Map.of("seq", 1, "recipient", Map.of("prefecture", "東京都"))), "orderer", Map.of("prefecture", "東京都")));
        assertThat(fixed.status()).as(fixed.body()).isEqualTo(200);
        mvc.perform(post("/tasks/" + key + "/complete").param("reviewConfirmed", "true").param("reviewNote", "住所を修正")
                        .with(as(me)).with(csrf()))
                .andExpect(redirectedUrl("/tasks"))
                .andExpect(flash().attribute("message", containsString("「確認待（受注確認）」(受注 ")))
                .andExpect(flash().attribute("message", containsString("を完了しました")));

        orders.awaitStatus(order, "READY_TO_SHIP");
        mvc.perform(post("/tasks/" + key + "/complete").param("reviewConfirmed", "true").with(as(me)).with(csrf()))
                .andExpect(redirectedUrl("/tasks"))
                .andExpect(flash().attribute("error", containsString("は既に完了しています")));
        mvc.perform(get("/tasks/" + key).with(as(me)))
                .andExpect(content().string(allOf(containsString("id=\"task-closed\""), not(containsString("id=\"task-form\"")))));
    }

    @Test
    void theReconciliationFormSendsTypedValuesThatTheProcessRecords() throws Exception {
        long order = orders.create("BANK_TRANSFER");
        String key = orders.awaitTask(order, "reconcile-payment").path("key").asText();

        mvc.perform(get("/tasks/" + key).with(as(me)))
                .andExpect(content().string(allOf(containsString("id=\"fact-billingAmount\">2,760円<"),
                        containsString("name=\"paidAt.date\""), containsString("name=\"paidAt.time\""), containsString("入金時刻"))));
        mvc.perform(post("/tasks/" + key + "/complete").param("paidAmount", "２，７６０").param("paidAt.date", "2026-11-30")
                        .param("paidAt.time", "10:00").with(as(me)).with(csrf()))
                .andExpect(redirectedUrl("/tasks"));

        orders.awaitStatus(order, "READY_TO_SHIP");
        JsonNode payment = api.get("/api/orders/" + order + "/payment").json().path("payment");
        assertThat(Instant.parse(payment.path("paidAt").asText())).isEqualTo(Instant.parse("2026-11-30T01:00:00Z"));
    }

    @Test
    void theDeferredFormsTakeAChoiceAndShowTheNewPaymentMethodOnlyWhenThatIsChosen() throws Exception {
        long order = NpStandIn.rejectingOrder(orders, providerSettings);
        String key = orders.awaitTask(order, "register-deferred-payment").path("key").asText();

        mvc.perform(get("/tasks/" + key).with(as(me)))
                .andExpect(content().string(allOf(containsString("<option value=\"NP_ATOBARAI\">NP後払い</option>"),
                        containsString("name=\"invoiceEnclosed\""), containsString("name=\"deferredProvider\""))))
                .andExpect(content().string(matchesPattern("(?s).*id=\"component-registrationError\"[^>]*hidden=\"hidden\".*")));
        mvc.perform(post("/tasks/" + key + "/complete").param("invoiceEnclosed", "true").with(as(me)).with(csrf()))
                .andExpect(content().string(containsString("「後払いサービス」を選んでください")));
        mvc.perform(post("/tasks/" + key + "/complete").param("deferredProvider", "NP_ATOBARAI").param("invoiceEnclosed", "true")
                        .with(as(me)).with(csrf()))
                .andExpect(redirectedUrl("/tasks"));

        String rejection = orders.awaitTask(order, "handle-credit-rejection").path("key").asText();
        JsonNode deferred = api.get("/api/orders/" + order + "/payment").json().path("deferred");
        assertThat(deferred.path("provider").asText()).isEqualTo("NP_ATOBARAI");
        assertThat(deferred.path("invoiceEnclosed").asBoolean()).as("the checkbox arrived as a boolean").isTrue();
        mvc.perform(get("/tasks/" + rejection).with(as(me)))
                .andExpect(content().string(allOf(containsString("name=\"creditDecision\""), containsString("data-hide-var=\"creditDecision\""))))
                .andExpect(content().string(matchesPattern("(?s).*id=\"component-newPaymentMethod\"[^>]*hidden=\"hidden\".*")));
        mvc.perform(post("/tasks/" + rejection + "/complete").param("creditDecision", "CHANGE_PAYMENT").with(as(me)).with(csrf()))
                .andExpect(content().string(containsString("「新しい支払方法」を入力してください")));
        mvc.perform(post("/tasks/" + rejection + "/complete").param("creditDecision", "CHANGE_PAYMENT").param("newPaymentMethod", "COD")
                        .with(as(me)).with(csrf()))
                .andExpect(redirectedUrl("/tasks"));

        orders.awaitStatus(order, "READY_TO_SHIP");
        assertThat(orders.order(order).path("payment").path("code").asText()).isEqualTo("COD");
    }

    @Test
    void unknownTasksAndFiltersAreExplained() throws Exception {
        mvc.perform(get("/tasks/999999999").with(as(me))).andExpect(status().isNotFound());
        mvc.perform(get("/tasks").param("orderId", "abc").with(as(me)))
                .andExpect(content().string(containsString("受注 ID は数字で入力してください (入力: abc)")));
        mvc.perform(get("/tasks").param("type", "nope").with(as(me)))
                .andExpect(content().string(containsString("タスク種別「nope」はありません")));
    }

    private JsonNode task(long order) {
        JsonNode tasks = orders.tasks(order);
        assertThat(tasks).hasSize(1);
        return tasks.get(0);
    }
}
