package jp.juchu.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.juchu.shipping.ShippingTestSetup;
import jp.juchu.support.ApiClient;
import jp.juchu.support.IntegrationTest;
import jp.juchu.support.ProcessTestOrders;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An operator's shipping day in the browser: selects 出荷待 orders on 出荷, exports B2クラウド, downloads the file from
 * the job, imports the B2 発行済データ made from it, and sees the orders 出荷済 then 完了 with the 出荷完了 mail.
 */
@IntegrationTest
class ShippingBrowserTest {

    private static final String PASSWORD = "operator-password-1";
    private static final Charset MS932 = Charset.forName("Windows-31J");

    @LocalServerPort
    int port;

    @BeforeAll
    static void requireChromium() {
        assumeTrue(Browser.available(), "Debian chromium + chromium-driver are not installed (.ci/run installs them)");
    }

    @Test
    void anOperatorExportsB2ImportsTheTrackingFileAndTheOrdersComplete() throws Exception {
        String operator = newOperator();
        ProcessTestOrders orders = new ProcessTestOrders(port);
        ShippingTestSetup.prepare(orders.api());
        long first = orders.create("CREDIT_CARD");
        long second = orders.create("CREDIT_CARD");
        for (long order : List.of(first, second)) {
            orders.awaitStatus(order, "READY_TO_SHIP");
        }

        try (Browser browser = new Browser(port)) {
            browser.login(operator, PASSWORD);
            browser.open("/shipping?shop=" + orders.shopCode());
            browser.find(By.id("export-" + first)).click();
            browser.find(By.id("export-" + second)).click();
            new Select(browser.find(By.id("format"))).selectByValue("B2");
            browser.submit(By.id("export-submit"));
            assertThat(browser.currentPath()).startsWith("/jobs/");

            WebElement link = finishedJobFile(browser, "b2cloud-");
            byte[] exported = download(browser, link.getAttribute("href"));
            String text = new String(exported, MS932);
            assertThat(text).startsWith("\"お客様管理番号\"").contains("\r\n");
            for (long order : List.of(first, second)) {
                orders.awaitStatus(order, "SHIPPING");
            }

            Path result = Files.createTempFile("b2-result", ".csv");
            Files.write(result, ShippingTestSetup.b2Result(text));
            browser.open("/shipping");
            new Select(browser.find(By.id("confirm-format"))).selectByValue("B2");
            browser.find(By.id("confirm-file")).sendKeys(result.toAbsolutePath().toString());
            browser.submit(By.id("confirm-submit"));
            assertThat(browser.currentPath()).startsWith("/jobs/");
            browser.awaitFinishedJob(Duration.ofSeconds(60));
            assertThat(browser.find(By.cssSelector(".job-imported")).getText()).isEqualTo("2");

            for (long order : List.of(first, second)) {
                ProcessTestOrders.await("受注 " + order + " が受注詳細で完了", () -> {
                    browser.open("/orders/" + order);
                    return browser.pageText().contains("完了") && browser.driver().findElements(By.id("tracking-1")).size() == 1
                            ? true : null;
                });
                String mails = ProcessTestOrders.await("受注 " + order + " の出荷完了メール", () -> {
                    browser.open("/mails?orderId=" + order);
                    String table = browser.find(By.id("mails")).getText();
                    return table.contains("出荷完了") ? table : null;
                });
                assertThat(mails).contains("送信済");
            }
            Files.deleteIfExists(result);
        }
    }

    private static WebElement finishedJobFile(Browser browser, String prefix) {
        browser.awaitFinishedJob(Duration.ofSeconds(60));
        return browser.find(By.cssSelector("a[href*='/files/" + prefix + "']"));
    }

    /** Fetches the link with the browser's session, as clicking it would. */
    private static byte[] download(Browser browser, String href) throws Exception {
        Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
        HttpRequest request = HttpRequest.newBuilder(URI.create(href)).header("Cookie", "JSESSIONID=" + session.getValue()).GET().build();
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private String newOperator() {
        String name = "ship-op-" + UUID.randomUUID().toString().substring(0, 8);
        ApiClient.Response created = ApiClient.admin(port).post("/api/users", Map.of("username", name, "displayName", "出荷 太郎",
                "password", PASSWORD, "role", "OPERATOR"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return name;
    }
}
