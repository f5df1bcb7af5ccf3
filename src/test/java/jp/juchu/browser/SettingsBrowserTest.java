package jp.juchu.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.UUID;
import jp.juchu.shop.MethodMappings;
import jp.juchu.shop.Resolution;
import jp.juchu.shop.ShopDirectory;
import jp.juchu.shop.ShopRef;
import jp.juchu.support.ApiClient;
import jp.juchu.support.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An administrator's first hour: register a shop, map the mall's payment names, and be told when a value is wrong. */
@IntegrationTest
class SettingsBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    ShopDirectory shops;

    @Autowired
    MethodMappings mappings;

    @BeforeAll
    static void requireChromium() {
        assumeTrue(Browser.available(), "Debian chromium + chromium-driver are not installed (.ci/run installs them)");
    }

    @Test
    void createsAShopAndMapsItsPaymentNamesWithValidation() {
        String name = "ブラウザ楽天店 " + UUID.randomUUID().toString().substring(0, 8);
        try (Browser browser = new Browser(port)) {
            browser.login("admin", ApiClient.ADMIN_PASSWORD);

            browser.open("/settings/shops/new");
            new Select(browser.find(By.id("mall"))).selectByValue("RAKUTEN");
            browser.type(By.id("name"), name).type(By.id("shortName"), "ブラウザ店");
            browser.type(By.id("code"), "店舗コード!");
            browser.type(By.id("senderEmail"), "shop@example.com");
            browser.submit(By.id("save"));
            assertThat(browser.find(By.id("code")).getAttribute("class")).contains("invalid");
            assertThat(browser.find(By.id("name")).getAttribute("value")).isEqualTo(name);
            assertThat(shops.all()).noneMatch(s -> s.name().equals(name));

            browser.find(By.id("code")).clear();
            browser.submit(By.id("save"));
            assertThat(browser.pageText()).contains("を登録しました");
            ShopRef shop = shops.all().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();

            browser.open("/settings/payment-methods");
            browser.type(By.id("cell-CREDIT_CARD-" + shop.code()), "クレジットカード");
            browser.submit(By.id("payment-grid-save"));
            assertThat(mappings.resolvePayment(shop.code(), "クレジットカード")).isInstanceOf(Resolution.Resolved.class);

            browser.type(By.id("cell-COD-" + shop.code()), "クレジットカード");
            browser.submit(By.id("payment-grid-save"));
            assertThat(browser.find(By.id("cell-COD-" + shop.code())).getAttribute("class")).contains("invalid");
            assertThat(browser.pageText()).contains("両方に設定されています");
            Resolution<?> stillCard = mappings.resolvePayment(shop.code(), "クレジットカード");
            assertThat(stillCard).isInstanceOf(Resolution.Resolved.class);
            assertThat(((Resolution.Resolved<?>) stillCard).method().toString()).contains("CREDIT_CARD");
        }
    }
}
