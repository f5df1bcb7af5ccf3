package jp.juchu.orchestration.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Instant;
import java.util.Map;
import jp.juchu.browser.Browser;
import jp.juchu.payment.DeferredProviderSettings;
import jp.juchu.support.ApiClient;
import jp.juchu.support.IntegrationTest;
import jp.juchu.support.ProcessTestOrders;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An operator reconciles a 銀行振込 order from the task inbox: group tab, the 入金消込 form, and the order moves on. */
@IntegrationTest
class TaskInboxBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    DeferredProviderSettings providerSettings;

    @BeforeAll
    static void requireChromium() {
        assumeTrue(Browser.available(), "Debian chromium + chromium-driver are not installed (.ci/run installs them)");
    }

    @Test
    void reconcilesABankTransferFromTheInboxAndTheOrderBecomesReadyToShip() {
        ProcessTestOrders orders = new ProcessTestOrders(port);
        long order = orders.create("BANK_TRANSFER");
        String key = orders.awaitTask(order, "reconcile-payment").path("key").asText();
        String number = orders.order(order).path("mallOrderNumber").asText();

        try (Browser browser = new Browser(port)) {
            browser.login("admin", ApiClient.ADMIN_PASSWORD);
            browser.open("/tasks");
            browser.find(By.id("tab-group")).click();
            new Select(browser.find(By.id("type"))).selectByValue("reconcile-payment");
            browser.type(By.id("orderId"), String.valueOf(order));
            browser.submit(By.id("filter"));
            assertThat(browser.find(By.id("task-" + key)).getText()).contains("入金消込", number, "(未担当)");

            browser.find(By.cssSelector("#task-" + key + " a.task-link")).click();
            assertThat(browser.find(By.id("task-name")).getText()).isEqualTo("入金消込");
            assertThat(browser.find(By.id("fact-orderNumber")).getText()).isEqualTo(number);
            assertThat(browser.find(By.id("fact-billingAmount")).getText()).isEqualTo("2,760円");
            browser.type(By.id("field-paidAmount"), "2760");
            pick(browser, "field-paidAt-date", "2026-11-30");
            pick(browser, "field-paidAt-time", "10:00");
            assertThat(browser.find(By.id("field-paidAt-date")).getDomProperty("value")).isEqualTo("2026-11-30");
            assertThat(browser.find(By.id("field-paidAt-time")).getDomProperty("value")).isEqualTo("10:00");
            browser.submit(By.id("complete"));

            assertThat(browser.currentPath()).startsWith("/tasks");
            assertThat(browser.pageText()).contains("「入金消込」(受注 " + number + ") を完了しました");
            orders.awaitStatus(order, "READY_TO_SHIP");
            browser.open("/orders/" + order);
            assertThat(browser.find(By.id("order-status")).getText()).isEqualTo("出荷待");
        }
        String paidAt = orders.api().get("/api/orders/" + order + "/payment").json().path("payment").path("paidAt").asText();
        assertThat(Instant.parse(paidAt)).isEqualTo(Instant.parse("2026-11-30T01:00:00Z"));
    }

    @Test
    void theNewPaymentMethodAppearsWhenTheOperatorChoosesToChangeIt() {
        ProcessTestOrders orders = new ProcessTestOrders(port);
        long order = NpStandIn.rejectingOrder(orders, providerSettings);
        orders.completeTask(orders.awaitTask(order, "register-deferred-payment"), Map.of("deferredProvider", "NP_ATOBARAI"));
        String key = orders.awaitTask(order, "handle-credit-rejection").path("key").asText();

        try (Browser browser = new Browser(port)) {
            browser.login("admin", ApiClient.ADMIN_PASSWORD);
            browser.open("/tasks/" + key);
            assertThat(browser.find(By.id("component-newPaymentMethod")).isDisplayed()).isFalse();

            browser.find(By.id("field-creditDecision-1")).click();
            assertThat(browser.find(By.id("component-newPaymentMethod")).isDisplayed()).isTrue();
            browser.find(By.id("field-creditDecision-0")).click();
            assertThat(browser.find(By.id("component-newPaymentMethod")).isDisplayed()).isFalse();
            browser.find(By.id("field-creditDecision-1")).click();
            browser.type(By.id("field-newPaymentMethod"), "COD");
            browser.submit(By.id("complete"));

            assertThat(browser.pageText()).contains("「与信NG対応」", "を完了しました");
        }
        orders.awaitStatus(order, "READY_TO_SHIP");
        assertThat(orders.order(order).path("payment").path("code").asText()).isEqualTo("COD");
    }

    /**
     * Sets a native date or time input as its picker does: the digits typed into such an input go into segments
     * whose order depends on the browser's locale, so the test sets the value and fires the input's events.
     */
    private static void pick(Browser browser, String id, String value) {
        WebElement input = browser.find(By.id(id));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];"
                + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", input, value);
    }
}
