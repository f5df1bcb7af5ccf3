package jp.juchu.order;

import static jp.juchu.order.BundleTestOrders.body;
import static jp.juchu.order.BundleTestOrders.line;
import static jp.juchu.order.BundleTestOrders.orderer;
import static jp.juchu.order.BundleTestOrders.person;
import static org.assertj.core.api.Assertions.assertThat;
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

import java.util.List;
import jp.juchu.shop.ShopRef;
import jp.juchu.support.ApiClient;
import jp.juchu.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@IntegrationTest
class OrderBundleScreenIT {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    SearchTestData data;

    @Autowired
    OrderBook book;

    ShopRef shop;
    BundleTestOrders orders;

    @BeforeEach
    void shop() {
        shop = data.shop();
        orders = new BundleTestOrders(ApiClient.admin(port), shop.code());
    }

    private static RequestPostProcessor operator() {
        return user("operator").roles("OPERATOR");
    }

    @Test
    void listsTheCandidatesWithTheOldestAsDefaultParentAndBundlesTheChosenOnes() throws Exception {
        long oldest = orders.create("2026-11-01T10:00", line("りんご", 1000, 1));
        long middle = orders.create("2026-11-02T10:00", line("みかん", 500, 2));
        long newest = orders.create("2026-11-03T10:00", line("もも", 800, 1));
        String oldestNumber = book.require(oldest).getMallOrderNumber();

        mvc.perform(get("/orders/" + newest).with(operator()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"bundle-link\"")));
        mvc.perform(get("/orders/" + newest + "/bundle").with(operator()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"candidate-" + oldest + "\"")))
                .andExpect(content().string(containsString("id=\"candidate-" + middle + "\"")))
                .andExpect(content().string(containsString("id=\"candidate-" + newest + "\"")))
                .andExpect(content().string(matchesPattern("(?s).*id=\"parent-" + oldest + "\"[^>]*checked.*")))
                .andExpect(content().string(not(matchesPattern("(?s).*id=\"parent-" + newest + "\"[^>]*checked.*"))));

        mvc.perform(post("/orders/" + newest + "/bundle").with(operator()).with(csrf())
                        .param("parentId", String.valueOf(oldest)).param("orderIds", String.valueOf(oldest)))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/orders/" + oldest))
                .andExpect(flash().attribute("message", containsString("受注 " + oldestNumber + " に1件の受注を同梱しました")));

        assertThat(book.require(newest).getStatus()).isEqualTo(OrderStatus.BUNDLED);
        assertThat(book.require(newest).getParentOrderId()).isEqualTo(oldest);
        assertThat(book.require(middle).getStatus()).isNotEqualTo(OrderStatus.BUNDLED);
        assertThat(book.require(oldest).getShipments().get(0).getLines()).extracting(OrderLine::getItemName)
                .containsExactly("りんご", "もも");
        mvc.perform(get("/orders/" + oldest).with(operator()))
                .andExpect(content().string(containsString("id=\"bundled-children\"")))
                .andExpect(content().string(containsString(book.require(newest).getMallOrderNumber())));
        mvc.perform(get("/orders/" + newest).with(operator()))
                .andExpect(content().string(containsString("id=\"bundled-into\"")))
                .andExpect(content().string(containsString(oldestNumber)))
                .andExpect(content().string(not(containsString("id=\"bundle-link\""))));
        mvc.perform(get("/orders/" + newest + "/bundle").with(operator()))
                .andExpect(content().string(containsString("id=\"refusal\"")))
                .andExpect(content().string(containsString("同梱済み")));
    }

    @Test
    void showsTheReasonWhenRefusedAndChangesNothing() throws Exception {
        long base = orders.create("2026-11-01T10:00", line("りんご", 1000, 1));
        long otherPhone = orders.create(body("2026-11-02T10:00", person("同梱 太郎", "渋谷区渋谷1-2-3", "渋谷ビル4F", "090-8888-0000"),
                BundleTestOrders.recipient(), "COD", List.of(line("もも", 800, 1))));
        long sameButCard = orders.create(body("2026-11-03T10:00", orderer(), BundleTestOrders.recipient(), "CREDIT_CARD",
                List.of(line("なし", 600, 1))));

        mvc.perform(get("/orders/" + base + "/bundle").with(operator()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"no-candidates\"")))
                .andExpect(content().string(not(containsString("id=\"candidate-" + otherPhone + "\""))));

        mvc.perform(post("/orders/" + base + "/bundle").with(operator()).with(csrf())
                        .param("parentId", String.valueOf(base)).param("orderIds", String.valueOf(otherPhone)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("注文者の電話番号「090-8888-0000」")))
                .andExpect(content().string(containsString("(ID " + otherPhone + ")")));
        mvc.perform(post("/orders/" + sameButCard + "/bundle").with(operator()).with(csrf())
                        .param("parentId", String.valueOf(sameButCard)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("同梱する受注を1件以上選択してください")));

        assertThat(book.require(otherPhone).getStatus()).isNotEqualTo(OrderStatus.BUNDLED);
        assertThat(book.require(base).getShipments().get(0).getLines()).hasSize(1);
        assertThat(book.history(base)).noneMatch(h -> h.getKind().equals("同梱"));
    }
}
