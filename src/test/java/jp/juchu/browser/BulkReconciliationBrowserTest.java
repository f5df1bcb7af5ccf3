package jp.juchu.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.juchu.support.ApiClient;
import jp.juchu.support.IntegrationTest;
import jp.juchu.support.ProcessTestOrders;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An operator reconciles two 銀行振込 orders from 受注一覧 in one go: both leave 入金待 for 出荷待 and the process
 * sends each orderer the 入金確認 mail, which the 送信メール screen shows.
 */
@IntegrationTest
class BulkReconciliationBrowserTest {

    private static final String PASSWORD = "operator-password-1";

    @LocalServerPort
    int port;

    @BeforeAll
    static void requireChromium() {
        assumeTrue(Browser.available(), "Debian chromium + chromium-driver are not installed (.ci/run installs them)");
    }

    @Test
    void anOperatorReconcilesTwoOrdersFromTheOrderList() {
        String operator = newOperator();
        ProcessTestOrders orders = new ProcessTestOrders(port);
        long first = orders.create("BANK_TRANSFER");
        long second = orders.create("BANK_TRANSFER");
        for (long order : List.of(first, second)) {
            orders.awaitStatus(order, "AWAITING_PAYMENT");
            orders.awaitTask(order, "reconcile-payment");
        }

        try (Browser browser = new Browser(port)) {
            browser.login(operator, PASSWORD);
            browser.open("/orders?shop=" + orders.shopCode());
            browser.find(By.id("select-" + first)).click();
            browser.find(By.id("select-" + second)).click();
            assertThat(browser.find(By.id("selected-count")).getText()).isEqualTo("2");
            new Select(browser.find(By.id("bulk-action"))).selectByValue("reconcile");
            assertThat(browser.find(By.id("bulk-paid-at")).isDisplayed()).isTrue();
            assertThat(browser.find(By.id("bulk-template")).isDisplayed()).isFalse();
            browser.submit(By.id("bulk-submit"));

            assertThat(browser.currentPath()).isEqualTo("/orders/bulk/result");
            assertThat(browser.find(By.id("bulk-action")).getText()).isEqualTo("入金消込");
            for (long order : List.of(first, second)) {
                assertThat(browser.find(By.cssSelector("#result-" + order + " .outcome")).getText()).isEqualTo("成功");
                assertThat(browser.find(By.cssSelector("#result-" + order + " .message")).getText()).contains("入金を消し込みました");
            }
            assertThat(browser.find(By.id("count-succeeded")).getText()).isEqualTo("2");

            ProcessTestOrders.await("2件とも受注一覧の出荷待に表示される", () -> {
                browser.open("/orders?status=READY_TO_SHIP&shop=" + orders.shopCode());
                return browser.driver().findElements(By.id("order-" + first)).size() == 1
                        && browser.driver().findElements(By.id("order-" + second)).size() == 1 ? true : null;
            });
            assertThat(browser.find(By.cssSelector("#order-" + first)).getText()).contains("出荷待");

            for (long order : List.of(first, second)) {
                String mails = ProcessTestOrders.await("受注 " + order + " の入金確認メール", () -> {
                    browser.open("/mails?orderId=" + order);
                    String table = browser.find(By.id("mails")).getText();
                    return table.contains("入金確認") ? table : null;
                });
                assertThat(mails).contains("送信済");
            }
        }
    }

    private String newOperator() {
        String name = "bulk-op-" + UUID.randomUUID().toString().substring(0, 8);
        ApiClient.Response created = ApiClient.admin(port).post("/api/users", Map.of("username", name, "displayName", "一括 花子",
                "password", PASSWORD, "role", "OPERATOR"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return name;
    }
}
