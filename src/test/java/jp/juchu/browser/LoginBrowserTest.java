package jp.juchu.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jp.juchu.support.ApiClient;
import jp.juchu.support.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class LoginBrowserTest {

    @LocalServerPort
    int port;

    @BeforeAll
    static void requireChromium() {
        assumeTrue(Browser.available(), "Debian chromium + chromium-driver are not installed (.ci/run installs them)");
    }

    @Test
    void wrongPasswordStaysOnTheLoginPageWithAMessage() {
        try (Browser browser = new Browser(port)) {
            browser.open("/login").type(By.id("username"), "admin").type(By.id("password"), "not-the-password");
            browser.submit(By.id("login"));
            assertThat(browser.pageText()).contains("ユーザーIDまたはパスワードが違います");
        }
    }

    @Test
    void adminLogsInAndReachesTheSettings() {
        try (Browser browser = new Browser(port)) {
            browser.login("admin", ApiClient.ADMIN_PASSWORD);
            assertThat(browser.pageText()).contains("ダッシュボード");
            browser.open("/settings");
            assertThat(browser.pageText()).contains("連携ショップ").contains("支払方法");
        }
    }
}
