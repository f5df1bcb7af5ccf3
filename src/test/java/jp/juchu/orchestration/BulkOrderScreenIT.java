package jp.juchu.orchestration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import jp.juchu.order.OrderBook;
import jp.juchu.support.IntegrationTest;
import jp.juchu.support.ProcessTestOrders;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The 一括操作 screen flow: checkboxes on 受注一覧 → POST /orders/bulk → the result page (or the 同梱 screens). */
@IntegrationTest
class BulkOrderScreenIT {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    OrderBook book;

    ProcessTestOrders orders;

    @BeforeEach
    void shop() {
        orders = new ProcessTestOrders(port);
    }

    private static RequestPostProcessor operator() {
        return user("bulk-operator").roles("OPERATOR");
    }

    @Test
    void holdsTheCheckedOrdersAndShowsOneResultPerOrder() throws Exception {
        long ready = orders.create("COD");
        long alsoReady = orders.create("COD");
        orders.awaitStatus(ready, "READY_TO_SHIP");
        orders.awaitStatus(alsoReady, "READY_TO_SHIP");
        String readyNumber = book.require(ready).getMallOrderNumber();
        String returnTo = "/orders?shop=" + orders.shopCode();

        mvc.perform(get("/orders").param("shop", orders.shopCode()).with(operator()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"bulk-form\""), containsString("id=\"select-all\""),
                        containsString("id=\"select-" + ready + "\""), containsString("id=\"select-" + alsoReady + "\""),
                        containsString("form=\"bulk-form\""), containsString("<option value=\"reconcile\">入金消込</option>"),
                        containsString("name=\"_csrf\""))));

        MvcResult posted = mvc.perform(post("/orders/bulk").with(operator()).with(csrf()).param("action", "hold")
                        .param("orderIds", String.valueOf(ready), String.valueOf(alsoReady)).param("returnTo", returnTo))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/orders/bulk/result"))
                .andReturn();

        mvc.perform(get("/orders/bulk/result").with(operator()).flashAttrs(posted.getFlashMap()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("一括操作の結果"), containsString("id=\"result-" + ready + "\""),
                        containsString("href=\"/orders/" + ready + "\">" + readyNumber + "</a>"), containsString("成功"),
                        containsString("保留を指示しました"), containsString("href=\"" + returnTo + "\""))));
        orders.awaitStatus(ready, "ON_HOLD");
        orders.awaitStatus(alsoReady, "ON_HOLD");
        assertThat(book.history(ready)).anySatisfy(h -> {
            assertThat(h.getKind()).isEqualTo("保留指示");
            assertThat(h.getActor()).isEqualTo("bulk-operator");
        });

        MvcResult failed = mvc.perform(post("/orders/bulk").with(operator()).with(csrf()).param("action", "hold")
                        .param("orderIds", String.valueOf(ready)))
                .andExpect(redirectedUrl("/orders/bulk/result")).andReturn();
        mvc.perform(get("/orders/bulk/result").with(operator()).flashAttrs(failed.getFlashMap()))
                .andExpect(content().string(allOf(containsString("失敗"), containsString("「保留」の受注は保留にできません"))));
    }

    @Test
    void reloadingTheResultPageRunsNothingAndGoesBackToTheList() throws Exception {
        mvc.perform(get("/orders/bulk/result").with(operator()))
                .andExpect(redirectedUrl("/orders"));
    }

    @Test
    void aRequestThatCannotRunGoesBackToTheListWithTheReasonAndTheSelection() throws Exception {
        long order = orders.create("COD");
        String returnTo = "/orders?shop=" + orders.shopCode();

        MvcResult noAction = mvc.perform(post("/orders/bulk").with(operator()).with(csrf()).param("action", "")
                        .param("orderIds", String.valueOf(order)).param("returnTo", returnTo))
                .andExpect(redirectedUrl(returnTo))
                .andExpect(flash().attribute("error", "一括操作 (action) を選択してください"))
                .andExpect(flash().attribute("selectedOrderIds", List.of(order)))
                .andReturn();
        mvc.perform(get(returnTo).with(operator()).flashAttrs(noAction.getFlashMap()))
                .andExpect(content().string(allOf(containsString("一括操作 (action) を選択してください"),
                        org.hamcrest.Matchers.matchesPattern("(?s).*id=\"select-" + order + "\"[^>]*checked.*"))));

        mvc.perform(post("/orders/bulk").with(operator()).with(csrf()).param("action", "hold").param("returnTo", "https://evil.example/"))
                .andExpect(redirectedUrl("/orders"))
                .andExpect(flash().attribute("error", "保留する受注を選択してください (orderIds)"));
        mvc.perform(post("/orders/bulk").with(operator()).with(csrf()).param("action", "progress").param("status", "")
                        .param("orderIds", String.valueOf(order)))
                .andExpect(flash().attribute("error", "変更先の受注進捗 (status) を選択してください"));
        mvc.perform(post("/orders/bulk").with(operator()).param("action", "hold").param("orderIds", String.valueOf(order)))
                .andExpect(status().isForbidden());
    }

    @Test
    void bundlingLeadsToTheParentOrToTheRefusalOnTheBundleScreen() throws Exception {
        long oldest = orders.create("COD");
        long newer = orders.create("COD");
        long cancelled = orders.create("COD");
        for (long order : List.of(oldest, newer, cancelled)) {
            orders.awaitStatus(order, "READY_TO_SHIP");
        }
        String oldestNumber = book.require(oldest).getMallOrderNumber();

        mvc.perform(post("/orders/bulk").with(operator()).with(csrf()).param("action", "bundle").param("parentId", "")
                        .param("orderIds", String.valueOf(newer), String.valueOf(oldest)))
                .andExpect(redirectedUrl("/orders/" + oldest))
                .andExpect(flash().attribute("message", containsString("受注 " + oldestNumber + " を親受注として1件の受注を同梱しました")));
        assertThat(book.require(newer).getParentOrderId()).isEqualTo(oldest);

        assertThat(orders.api().post("/api/orders/" + cancelled + "/cancel", java.util.Map.of()).status()).isEqualTo(202);
        orders.awaitStatus(cancelled, "CANCELLED");
        mvc.perform(post("/orders/bulk").with(operator()).with(csrf()).param("action", "bundle")
                        .param("parentId", String.valueOf(oldest)).param("orderIds", String.valueOf(oldest), String.valueOf(cancelled)))
                .andExpect(redirectedUrl("/orders/" + oldest + "/bundle"))
                .andExpect(flash().attribute("error", containsString("同梱できませんでした: ")));
        assertThat(book.require(cancelled).getParentOrderId()).isNull();
    }
}
