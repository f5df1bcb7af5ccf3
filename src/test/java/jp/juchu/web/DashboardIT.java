package jp.juchu.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jp.juchu.support.IntegrationTest;
import jp.juchu.support.ProcessTestOrders;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

/** The dashboard shows the open user tasks by kind, the stuck orders and the orders per status. */
@IntegrationTest
class DashboardIT {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Test
    void showsOpenTasksStuckOrdersAndStatusCounts() throws Exception {
        ProcessTestOrders orders = new ProcessTestOrders(port);
        long order = orders.create("BANK_TRANSFER");
        orders.awaitTask(order, "reconcile-payment");

        mvc.perform(get("/").with(user("operator").roles("OPERATOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(matchesPattern("(?s).*id=\"open-tasks\">[1-9][0-9]*<.*")))
                .andExpect(content().string(containsString("入金消込")))
                .andExpect(content().string(containsString("id=\"stuck-orders\"")))
                .andExpect(content().string(matchesPattern("(?s).*id=\"status-AWAITING_PAYMENT\">[1-9][0-9]*<.*")));
    }
}
