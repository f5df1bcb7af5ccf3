package jp.juchu.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import jp.juchu.browser.Browser;
import jp.juchu.core.Mall;
import jp.juchu.order.CheckFlag;
import jp.juchu.order.Order;
import jp.juchu.order.OrderBook;
import jp.juchu.shop.DeliverySettings;
import jp.juchu.shop.DemoData;
import jp.juchu.shop.PaymentSettings;
import jp.juchu.shop.ShopManagement;
import jp.juchu.shop.ShopRef;
import jp.juchu.support.ApiClient;
import jp.juchu.support.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An operator's morning: upload the 楽天 CSV, watch the job finish, open an order stopped for its address and fix it. */
@IntegrationTest
class ImportBrowserTest {

    static final String MISMATCHED_ADDRESS = "399999-20250502-1000079190";

    @LocalServerPort
    int port;

    @Autowired
    ShopManagement shopManagement;

    @Autowired
    DemoData demoData;

    @Autowired
    PaymentSettings paymentSettings;

    @Autowired
    DeliverySettings deliverySettings;

    @Autowired
    OrderBook orders;

    @BeforeAll
    static void requireChromium() {
        assumeTrue(Browser.available(), "Debian chromium + chromium-driver are not installed (.ci/run installs them)");
    }

    @Test
    void uploadsTheRakutenFileWatchesTheJobAndFixesAPostalCode(@TempDir Path dir) throws IOException {
        ShopRef shop = ImportTestSupport.shopWithDemoMappings(Mall.RAKUTEN, shopManagement, demoData, paymentSettings, deliverySettings);
        Path file = dir.resolve("rakuten_orders.csv");
        Files.write(file, ImportTestSupport.fixture("rakuten_orders.csv"));

        try (Browser browser = new Browser(port)) {
            browser.login("admin", ApiClient.ADMIN_PASSWORD);
            browser.open("/orders/import");
            new Select(browser.find(By.id("shop"))).selectByValue(shop.code());
            new Select(browser.find(By.id("format"))).selectByValue("RAKUTEN_CSV");
            browser.find(By.id("file")).sendKeys(file.toAbsolutePath().toString());
            browser.submit(By.id("import-submit"));

            assertThat(browser.currentPath()).startsWith("/jobs/");
            browser.awaitFinishedJob(Duration.ofSeconds(60));
            assertThat(browser.find(By.cssSelector("#job .job-state")).getText()).isEqualTo("正常終了");
            assertThat(browser.find(By.cssSelector("#job .job-progress")).getAttribute("value")).isEqualTo("100");
            assertThat(browser.find(By.cssSelector("#job .job-imported")).getText()).isEqualTo("30");

            Order stopped = orders.findByMallOrderNumber(shop.id(), MISMATCHED_ADDRESS).orElseThrow();
            assertThat(stopped.getFlagKinds()).contains(CheckFlag.ADDRESS_ERROR);
            browser.open("/orders/" + stopped.getId());
            assertThat(browser.find(By.id("warning-ADDRESS_ERROR")).getText()).contains("100-0005");

            browser.type(By.id("fix-orderer-postal-code"), "530-0001");
            browser.type(By.id("fix-postal-code-1"), "530-0001");
            browser.submit(By.id("save-fix"));

            assertThat(browser.driver().findElements(By.id("warning-ADDRESS_ERROR"))).isEmpty();
            assertThat(orders.require(stopped.getId()).getFlagKinds()).doesNotContain(CheckFlag.ADDRESS_ERROR);
            assertThat(orders.require(stopped.getId()).getOrderer().postalCode()).isEqualTo("530-0001");
        }
    }
}
