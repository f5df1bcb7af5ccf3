package jp.juchu.orchestration.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import jp.juchu.support.ApiClient;
import jp.juchu.support.IntegrationTest;
import jp.juchu.support.ProcessTestOrders;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** 停止中の受注 (incidents with 再試行 and キャンセル) and 受注タイムライン on real process instances. */
@IntegrationTest
class IncidentAndTimelineScreensIT {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    ProcessTestOrders orders;
    ApiClient api;

    @BeforeEach
    void setUp() {
        orders = new ProcessTestOrders(port);
        api = orders.api();
    }

    private static RequestPostProcessor operator() {
        return user("operator").roles("OPERATOR");
    }

    /** An 入金日時 the 入金記録 worker cannot read stops the order there with an incident at once. */
    private JsonNode stuckOrder(long order) {
        JsonNode task = orders.awaitTask(order, "reconcile-payment");
        assertThat(orders.completeTask(task, Map.of("paidAt", "先週の金曜日")).status()).isEqualTo(200);
        return ProcessTestOrders.await("受注 " + order + " のインシデント", () -> {
            for (JsonNode incident : api.get("/api/incidents").json()) {
                if (incident.path("orderId").asLong() == order) {
                    return incident;
                }
            }
            return null;
        });
    }

    @Test
    void aStuckOrderIsListedWithItsStepAndReasonAndCanBeCancelled() throws Exception {
        long order = orders.create("BANK_TRANSFER");
        String number = orders.order(order).path("mallOrderNumber").asText();
        String key = stuckOrder(order).path("key").asText();

        mvc.perform(get("/incidents").with(operator()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"incident-" + key + "\""), containsString(">" + number + "<"),
                        containsString("入金記録"), containsString("入金日時「先週の金曜日」を読めません"),
                        containsString("id=\"retry-" + key + "\""), containsString("id=\"cancel-" + key + "\""))))
                .andExpect(content().string(matchesPattern("(?s).*id=\"incident-" + key + "\".*?class=\"age nowrap\">(1分未満|\\d+分)<.*")));
        mvc.perform(get("/orders/" + order + "/timeline").with(operator()))
                .andExpect(content().string(allOf(containsString("入金記録 (インシデント)"), containsString("(停止中)"))));

        mvc.perform(post("/incidents/cancel-order").param("orderId", String.valueOf(order)).param("step", "入金記録")
                        .with(operator()).with(csrf()))
                .andExpect(redirectedUrl("/incidents"))
                .andExpect(flash().attribute("message", "受注 " + number + " のキャンセルを受け付けました"));

        orders.awaitStatus(order, "CANCELLED");
        mvc.perform(post("/incidents/cancel-order").param("orderId", String.valueOf(order)).with(operator()).with(csrf()))
                .andExpect(flash().attribute("error", "受注 " + number + " をキャンセルできません: 「キャンセル」の受注はキャンセルできません"));
    }

    @Test
    void retryGivesTheJobItsRetriesBackAndAnUnknownIncidentIsExplained() throws Exception {
        long order = orders.create("BANK_TRANSFER");
        String key = stuckOrder(order).path("key").asText();

        mvc.perform(post("/incidents/" + key + "/retry").with(operator()).with(csrf()))
                .andExpect(redirectedUrl("/incidents"))
                .andExpect(flash().attribute("message", containsString("インシデント " + key + " を再試行しました (再試行回数 3)")));
        ProcessTestOrders.await("再試行したインシデントの解決", () -> {
            for (JsonNode incident : api.get("/api/incidents").json()) {
                if (incident.path("key").asText().equals(key)) {
                    return null;
                }
            }
            return key;
        });

        mvc.perform(post("/incidents/999999999/retry").with(operator()).with(csrf()))
                .andExpect(redirectedUrl("/incidents"))
                .andExpect(flash().attribute("error", "インシデント 999999999 はありません (既に解決済みかもしれません)。何も変更していません"));
        mvc.perform(get("/incidents").with(operator()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("停止中の受注"), containsString("href=\"/mails\""))));
    }

    @Test
    void theTimelineShowsStepsHistoryOpenTasksAndWhereTheProcessWaits() throws Exception {
        long order = orders.create("BANK_TRANSFER");
        String task = orders.awaitTask(order, "reconcile-payment").path("key").asText();
        String number = orders.order(order).path("mallOrderNumber").asText();

        mvc.perform(get("/orders/" + order + "/timeline").with(operator()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("受注タイムライン"), containsString(">" + number + "<"),
                        containsString("id=\"order-status\">入金待<"), containsString("id=\"process-label\">進行中<"),
                        containsString("class=\"badge current-step warn\">入金消込<"),
                        containsString("id=\"open-task-" + task + "\""), containsString("href=\"/tasks/" + task + "\""),
                        containsString(">受注チェック<"), containsString(">プロセス<"), containsString(">履歴<"))));

        mvc.perform(get("/orders/" + order).with(operator()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("href=\"/orders/" + order + "/timeline\""),
                        containsString("id=\"open-task-" + task + "\""), containsString("href=\"/tasks/" + task + "\""))));
        mvc.perform(get("/orders/" + Long.MAX_VALUE + "/timeline").with(operator())).andExpect(status().isNotFound());
    }
}
