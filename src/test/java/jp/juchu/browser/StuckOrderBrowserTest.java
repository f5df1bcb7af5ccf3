package jp.juchu.browser;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.UUID;
import jp.juchu.payment.DeferredProvider;
import jp.juchu.payment.DeferredProviderSettingInput;
import jp.juchu.payment.DeferredProviderSettings;
import jp.juchu.support.ApiClient;
import jp.juchu.support.IntegrationTest;
import jp.juchu.support.ProcessTestOrders;
import jp.juchu.support.StandIns;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * NP後払い is down while an operator registers a 後払い order: the worker retries, then the order shows as a
 * stuck order. Once NP answers again the operator presses 再試行 on 停止中の受注 and the order moves on to 出荷待.
 */
@IntegrationTest
class StuckOrderBrowserTest {

    private static final String PASSWORD = "operator-password-2";

    @LocalServerPort
    int port;

    @Autowired
    DeferredProviderSettings providerSettings;

    @BeforeAll
    static void requireChromium() {
        assumeTrue(Browser.available(), "Debian chromium + chromium-driver are not installed (.ci/run installs them)");
    }

    @Test
    void anOperatorRetriesAnOrderWhoseWorkerFailed() {
        providerSettings.update(DeferredProvider.NP_ATOBARAI,
                new DeferredProviderSettingInput(false, "merchant-stuck-it", "sp-stuck-it", "terminal-stuck-it", false));
        String operator = newOperator();
        ProcessTestOrders orders = new ProcessTestOrders(port);
        long order = orders.create("NP_ATOBARAI");
        StandIns.HTTP.stubFor(post(urlEqualTo("/np/transactions"))
                .withRequestBody(matchingJsonPath("$.transactions[0].shop_transaction_id", equalTo("JC" + order)))
                .willReturn(aResponse().withStatus(503).withBody("maintenance")));
        orders.completeTask(orders.awaitTask(order, "register-deferred-payment"), Map.of("deferredProvider", "NP_ATOBARAI"));

        ApiClient api = orders.api();
        JsonNode incident = ProcessTestOrders.await(() -> "受注 " + order + " が停止中になる; " + orders.describe(order), () -> {
            for (JsonNode candidate : api.get("/api/incidents").json()) {
                if (candidate.path("orderId").asLong() == order) {
                    return candidate;
                }
            }
            return null;
        });
        String key = incident.path("key").asText();
        String npId = String.format("%011d", order);
        StandIns.HTTP.stubFor(post(urlEqualTo("/np/transactions"))
                .withRequestBody(matchingJsonPath("$.transactions[0].shop_transaction_id", equalTo("JC" + order)))
                .willReturn(okJson("{\"results\":[{\"shop_transaction_id\":\"JC" + order + "\",\"np_transaction_id\":\"" + npId
                        + "\",\"authori_result\":\"00\"}]}")));

        try (Browser browser = new Browser(port)) {
            browser.login(operator, PASSWORD);
            browser.open("/incidents");
            String row = browser.find(By.id("incident-" + key)).getText();
            assertThat(row).contains("後払い取引登録");
            browser.submit(By.id("retry-" + key));

            orders.awaitStatus(order, "READY_TO_SHIP");
            browser.open("/incidents");
            assertThat(browser.driver().findElements(By.id("incident-" + key))).isEmpty();
        }
    }

    private String newOperator() {
        String name = "stuck-op-" + UUID.randomUUID().toString().substring(0, 8);
        ApiClient.Response created = ApiClient.admin(port).post("/api/users", Map.of("username", name, "displayName", "停止 太郎",
                "password", PASSWORD, "role", "OPERATOR"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return name;
    }
}
