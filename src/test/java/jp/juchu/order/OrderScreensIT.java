package jp.juchu.order;

import static jp.juchu.order.SearchTestData.contact;
import static jp.juchu.order.SearchTestData.number;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import jp.juchu.shop.ShopRef;
import jp.juchu.support.IntegrationTest;
import jp.juchu.support.ProcessTestOrders;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@IntegrationTest
class OrderScreensIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    SearchTestData data;

    @Autowired
    OrderBook book;

    @Autowired
    OrderChecks checks;

    ShopRef shop;

    @BeforeEach
    void shop() {
        shop = data.shop();
    }

    private static RequestPostProcessor operator() {
        return user("operator").roles("OPERATOR");
    }

    private long flaggedOrder() {
        long id = data.book.register(shop.id(), SearchTestData.details(number(), Instant.parse("2026-11-10T01:00:00Z"),
                contact("受注 太郎", null, "150-0002", "東京都", "03-1234-5678"), "taro@example.com",
                contact("受取 花子", null, "530-0001", "東京都", "03-1111-2222"), "CREDIT_CARD", "クレジットカード"), "test").orderId();
        // the order's process runs the checks (order.check) and moves it to 確認待; a second run here would race it
        ProcessTestOrders.await("受注 " + id + " が確認待", () -> book.require(id).getStatus() == OrderStatus.REVIEW ? id : null);
        return id;
    }

    @Test
    void theListShowsTabsWithCountsRowsAndFlagBadges() throws Exception {
        long flagged = flaggedOrder();
        long ready = data.simpleOrder(shop, Instant.parse("2026-11-11T01:00:00Z"));

        mvc.perform(get("/orders").param("shop", shop.code()).with(operator()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"tab-REVIEW\"")))
                .andExpect(content().string(matchesPattern("(?s).*id=\"count-READY_TO_SHIP\">1<.*")))
                .andExpect(content().string(matchesPattern("(?s).*id=\"count-REVIEW\">1<.*")))
                .andExpect(content().string(matchesPattern("(?s).*id=\"count-ALL\">2<.*")))
                .andExpect(content().string(containsString("確認待")))
                .andExpect(content().string(containsString("id=\"order-" + flagged + "\"")))
                .andExpect(content().string(containsString("id=\"order-" + ready + "\"")))
                .andExpect(content().string(containsString("data-flag=\"ADDRESS_ERROR\"")));

        mvc.perform(get("/orders").param("shop", shop.code()).param("status", "REVIEW").with(operator()))
                .andExpect(content().string(containsString("id=\"order-" + flagged + "\"")))
                .andExpect(content().string(not(containsString("id=\"order-" + ready + "\""))));

        mvc.perform(get("/orders").param("status", "SOLD").with(operator()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"error-status\"")));
    }

    @Test
    void theDetailShowsTheWarningWithReasonFixActionAndTheFixForm() throws Exception {
        long id = flaggedOrder();

        mvc.perform(get("/orders/" + id).with(operator()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("警告欄")))
                .andExpect(content().string(containsString("id=\"warning-ADDRESS_ERROR\"")))
                .andExpect(content().string(containsString("530-0001")))
                .andExpect(content().string(containsString(CheckFlag.ADDRESS_ERROR.fixAction())))
                .andExpect(content().string(containsString("id=\"fix-postal-code-1\"")))
                .andExpect(content().string(containsString("id=\"save-fix\"")));
    }

    @Test
    void aBadFixIsShownAtTheFieldWithTheTypedValueAndChangesNothing() throws Exception {
        long id = flaggedOrder();

        mvc.perform(post("/orders/" + id + "/fix").with(operator()).with(csrf())
                        .param("shipments[0].seq", "1")
                        .param("shipments[0].recipient.postalCode", "15-00002")
                        .param("shipments[0].recipient.name", "受取 花子様"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"fix-postal-code-1-error\"")))
                .andExpect(content().string(containsString("value=\"15-00002\"")))
                .andExpect(content().string(containsString("value=\"受取 花子様\"")));

        Order order = book.require(id);
        assertThat(order.getShipments().get(0).getRecipient().postalCode()).isEqualTo("530-0001");
        assertThat(order.getShipments().get(0).getRecipient().name()).isEqualTo("受取 花子");
    }

    @Test
    void aFixFromTheScreenClearsTheWarning() throws Exception {
        long id = flaggedOrder();
        OrderDetailsForm form = OrderDetailsForm.of(book.require(id));

        mvc.perform(post("/orders/" + id + "/fix").with(operator()).with(csrf())
                        .params(form.with("shipments[0].recipient.postalCode", "150-0002").params()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/orders/" + id));

        assertThat(book.require(id).getFlagKinds()).doesNotContain(CheckFlag.ADDRESS_ERROR);
        assertThat(book.history(id)).anyMatch(h -> h.getKind().equals("修正") && h.getActor().equals("operator"));
    }

    @Test
    void theManualEntryScreenKeepsTypedValuesOnErrorAndRegistersAValidOrder() throws Exception {
        mvc.perform(get("/orders/new").with(operator()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"line-0-4-quantity\"")));

        mvc.perform(post("/orders/new").with(operator()).with(csrf())
                        .param("shipmentCount", "1").param("shop", shop.code()).param("paymentMethod", "COD")
                        .param("orderer.name", "電話 次郎").param("orderer.postalCode", "150-0002").param("orderer.prefecture", "東京都")
                        .param("orderer.address1", "渋谷区渋谷1-2-3").param("orderer.phone", "03-1234-5678")
                        .param("shipments[0].recipient.name", "受取 三郎").param("shipments[0].recipient.postalCode", "150-0002")
                        .param("shipments[0].recipient.prefecture", "東京都").param("shipments[0].recipient.address1", "渋谷区1-1")
                        .param("shipments[0].recipient.phone", "03-1111-2222").param("shipments[0].deliveryMethod", "YAMATO_TAKKYUBIN")
                        .param("shipments[0].lines[0].itemName", "りんご").param("shipments[0].lines[0].unitPrice", "1000")
                        .param("shipments[0].lines[0].quantity", "x"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("個数は0以上の整数で入力してください")))
                .andExpect(content().string(containsString("value=\"電話 次郎\"")));
        assertThat(data.orders.countByShopId(shop.id())).isZero();

        mvc.perform(post("/orders/new").with(operator()).with(csrf())
                        .param("shipmentCount", "1").param("shop", shop.code()).param("paymentMethod", "COD")
                        .param("orderer.name", "電話 次郎").param("orderer.postalCode", "150-0002").param("orderer.prefecture", "東京都")
                        .param("orderer.address1", "渋谷区渋谷1-2-3").param("orderer.phone", "03-1234-5678")
                        .param("shipments[0].recipient.name", "受取 三郎").param("shipments[0].recipient.postalCode", "150-0002")
                        .param("shipments[0].recipient.prefecture", "東京都").param("shipments[0].recipient.address1", "渋谷区1-1")
                        .param("shipments[0].recipient.phone", "03-1111-2222").param("shipments[0].deliveryMethod", "YAMATO_TAKKYUBIN")
                        .param("shipments[0].lines[0].itemName", "りんご").param("shipments[0].lines[0].unitPrice", "1000")
                        .param("shipments[0].lines[0].quantity", "2"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/orders/*"));
        assertThat(data.orders.countByShopId(shop.id())).isEqualTo(1);
    }
}
