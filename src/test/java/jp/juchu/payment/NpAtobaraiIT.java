package jp.juchu.payment;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.client.BasicCredentials;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import java.util.Map;
import jp.juchu.order.OrderBook;
import jp.juchu.order.OrderStatus;
import jp.juchu.shop.ShopRef;
import jp.juchu.support.ApiClient;
import jp.juchu.support.IntegrationTest;
import jp.juchu.support.ProcessTestOrders;
import jp.juchu.support.StandIns;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

/** NP後払い over its REST API on WireMock; every stub matches this test's own 加盟店取引ID / NP取引ID. */
@IntegrationTest
class NpAtobaraiIT {

    static final String MERCHANT = "merchant-np-it";
    static final String SP_CODE = "sp-code-secret-1234";
    static final String TERMINAL = "terminal-5678";

    @LocalServerPort
    int port;

    @Autowired
    PaymentTestData data;

    @Autowired
    DeferredPayments payments;

    @Autowired
    DeferredProviderSettings settings;

    @Autowired
    RecordedPaymentEvents events;

    @Autowired
    OrderBook book;

    @Autowired
    MockMvc mvc;

    ApiClient api;
    ShopRef shop;

    @BeforeEach
    void setUp() {
        api = ApiClient.admin(port);
        shop = data.shop();
        settings.update(DeferredProvider.NP_ATOBARAI, new DeferredProviderSettingInput(false, MERCHANT, SP_CODE, TERMINAL, false));
    }

    /** A 後払い order whose process has settled at 確認待 (後払い取引登録), so it no longer changes the order concurrently. */
    private long deferredOrder() {
        long id = data.order(api, shop, "NP_ATOBARAI", "後払 太郎");
        ProcessTestOrders.await("受注 " + id + " が確認待", () -> book.require(id).getStatus() == OrderStatus.REVIEW ? true : null);
        return id;
    }

    static String npId(long orderId) {
        return String.format("%011d", orderId);
    }

    private static RequestPatternBuilder registrationOf(long orderId) {
        return postRequestedFor(urlEqualTo("/np/transactions"))
                .withRequestBody(matchingJsonPath("$.transactions[0].shop_transaction_id", equalTo("JC" + orderId)));
    }

    private static void answerRegistration(long orderId, String body) {
        StandIns.HTTP.stubFor(post(urlEqualTo("/np/transactions"))
                .withRequestBody(matchingJsonPath("$.transactions[0].shop_transaction_id", equalTo("JC" + orderId)))
                .willReturn(okJson(body)));
    }

    private static void approve(long orderId) {
        answerRegistration(orderId, "{\"results\":[{\"shop_transaction_id\":\"JC" + orderId + "\",\"np_transaction_id\":\""
                + npId(orderId) + "\",\"authori_result\":\"00\"}]}");
    }

    @Test
    void registersTheOrderAndStoresASynchronousOkOnceOnly() {
        long id = deferredOrder();
        approve(id);

        DeferredRegistration registration = payments.register(id, DeferredProvider.NP_ATOBARAI, true, "tester");

        assertThat(registration.status()).isEqualTo(DeferredStatus.CREDIT_OK);
        assertThat(registration.creditResult()).isEqualTo(CreditResult.OK);
        assertThat(registration.providerTransactionId()).isEqualTo(npId(id));
        assertThat(registration.shopTransactionId()).isEqualTo("JC" + id);
        assertThat(registration.existing()).isFalse();
        assertThat(events.creditsFor(id)).containsExactly(new CreditResultReceived(id, CreditResult.OK, null));
        StandIns.HTTP.verify(1, registrationOf(id)
                .withBasicAuth(new BasicCredentials(MERCHANT, SP_CODE))
                .withHeader("X-NP-Terminal-Id", equalTo(TERMINAL))
                .withRequestBody(matchingJsonPath("$.transactions[0].billed_amount", equalTo("3300")))
                .withRequestBody(matchingJsonPath("$.transactions[0].settlement_type", equalTo("02")))
                .withRequestBody(matchingJsonPath("$.transactions[0].customer.customer_name", equalTo("後払 太郎")))
                .withRequestBody(matchingJsonPath("$.transactions[0].customer.tel", equalTo("0312345678")))
                .withRequestBody(matchingJsonPath("$.transactions[0].dest_customer.customer_name", equalTo("受取 花子")))
                .withRequestBody(matchingJsonPath("$.transactions[0].goods[0].goods_name", equalTo("有機りんごジュース 1L")))
                .withRequestBody(matchingJsonPath("$.transactions[0].goods[2].goods_name", equalTo("送料"))));

        DeferredRegistration again = payments.register(id, DeferredProvider.NP_ATOBARAI, true, "tester");

        assertThat(again.existing()).isTrue();
        assertThat(again.status()).isEqualTo(DeferredStatus.CREDIT_OK);
        StandIns.HTTP.verify(1, registrationOf(id));
        assertThat(events.creditsFor(id)).hasSize(1);
        assertThat(payments.hasActiveTransaction(id)).isTrue();
        JsonNode shown = api.get("/api/orders/" + id + "/payment").json().path("deferred");
        assertThat(shown.path("status").asText()).isEqualTo("CREDIT_OK");
        assertThat(shown.path("invoiceEnclosed").asBoolean()).isTrue();
    }

    @Test
    void storesNgAndHoldWithNpsReasons() {
        long ng = deferredOrder();
        answerRegistration(ng, "{\"results\":[{\"np_transaction_id\":\"" + npId(ng) + "\",\"authori_result\":\"20\",\"authori_ng\":\"RE001\"}]}");
        long hold = deferredOrder();
        answerRegistration(hold, "{\"results\":[{\"np_transaction_id\":\"" + npId(hold)
                + "\",\"authori_result\":\"10\",\"authori_hold\":[\"RE009\"]}]}");

        DeferredRegistration refused = payments.register(ng, DeferredProvider.NP_ATOBARAI, false, null);
        DeferredRegistration held = payments.register(hold, DeferredProvider.NP_ATOBARAI, false, null);

        assertThat(refused.status()).isEqualTo(DeferredStatus.CREDIT_NG);
        assertThat(refused.reason()).contains("金額超過");
        assertThat(events.creditsFor(ng)).singleElement().satisfies(e -> {
            assertThat(e.result()).isEqualTo(CreditResult.NG);
            assertThat(e.reason()).contains("RE001");
        });
        assertThat(held.status()).isEqualTo(DeferredStatus.CREDIT_PENDING);
        assertThat(events.creditsFor(hold)).singleElement().satisfies(e -> {
            assertThat(e.result()).isEqualTo(CreditResult.PENDING);
            assertThat(e.reason()).contains("住所情報が不足");
        });
        assertThat(book.history(hold)).anySatisfy(h -> assertThat(h.getText()).contains("与信結果: 保留"));
    }

    @Test
    void aValidationErrorIsABusinessRejectionThatMayBeRetriedAfterAFix() {
        long id = deferredOrder();
        StandIns.HTTP.stubFor(post(urlEqualTo("/np/transactions"))
                .withRequestBody(matchingJsonPath("$.transactions[0].shop_transaction_id", equalTo("JC" + id)))
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                        .withBody("{\"errors\":[{\"codes\":[\"E0100083\"],\"id\":\"JC" + id + "\"}]}")));

        assertThatThrownBy(() -> payments.register(id, DeferredProvider.NP_ATOBARAI, false, null))
                .isInstanceOf(DeferredRegistrationRejected.class)
                .hasMessageContaining("配送先の郵便番号と住所が一致しません（E0100083）");
        assertThat(payments.find(id).orElseThrow().status()).isEqualTo(DeferredStatus.REJECTED);
        assertThat(payments.hasActiveTransaction(id)).isFalse();
        StandIns.HTTP.verify(1, registrationOf(id));

        approve(id);
        assertThat(payments.register(id, DeferredProvider.NP_ATOBARAI, false, null).status()).isEqualTo(DeferredStatus.CREDIT_OK);
        StandIns.HTTP.verify(2, registrationOf(id));
    }

    @Test
    void aServerErrorIsRetriedThenFailsTechnicallyAndTheNextTrySendsTheSameId() {
        long id = deferredOrder();
        StandIns.HTTP.stubFor(post(urlEqualTo("/np/transactions"))
                .withRequestBody(matchingJsonPath("$.transactions[0].shop_transaction_id", equalTo("JC" + id)))
                .willReturn(aResponse().withStatus(503)));

        assertThatThrownBy(() -> payments.register(id, DeferredProvider.NP_ATOBARAI, false, null))
                .isInstanceOfSatisfying(DeferredProviderUnavailable.class, e -> assertThat(e.retryable()).isTrue())
                .hasMessageContaining("HTTP 503");
        StandIns.HTTP.verify(3, registrationOf(id));
        DeferredTransactionView pending = payments.find(id).orElseThrow();
        assertThat(pending.status()).isEqualTo(DeferredStatus.REGISTERED);
        assertThat(pending.providerTransactionId()).isNull();
        assertThat(pending.reason()).contains("JC" + id);

        approve(id);
        DeferredRegistration retried = payments.register(id, DeferredProvider.NP_ATOBARAI, false, null);

        assertThat(retried.status()).isEqualTo(DeferredStatus.CREDIT_OK);
        assertThat(retried.existing()).isFalse();
        StandIns.HTTP.verify(4, registrationOf(id));
    }

    @Test
    void reportsTheShipmentAndCancelsOnceEach() {
        long id = deferredOrder();
        approve(id);
        payments.register(id, DeferredProvider.NP_ATOBARAI, false, null);
        StandIns.HTTP.stubFor(post(urlEqualTo("/np/shipments"))
                .withRequestBody(matchingJsonPath("$.transactions[0].np_transaction_id", equalTo(npId(id))))
                .willReturn(okJson("{\"results\":[{\"np_transaction_id\":\"" + npId(id) + "\"}]}")));

        payments.reportShipment(id, "YAMATO", "4444-1375-8703");
        payments.reportShipment(id, "YAMATO", "444413758703");

        StandIns.HTTP.verify(1, postRequestedFor(urlEqualTo("/np/shipments"))
                .withRequestBody(matchingJsonPath("$.transactions[0].np_transaction_id", equalTo(npId(id))))
                .withRequestBody(matchingJsonPath("$.transactions[0].pd_company_code", equalTo("59010")))
                .withRequestBody(matchingJsonPath("$.transactions[0].slip_no", equalTo("444413758703"))));
        assertThat(payments.find(id).orElseThrow().status()).isEqualTo(DeferredStatus.SHIPMENT_REPORTED);
        assertThatThrownBy(() -> payments.reportShipment(id, "YAMATO", "512547514334")).isInstanceOf(DeferredOperationRejected.class)
                .hasMessageContaining("444413758703");

        StandIns.HTTP.stubFor(post(urlEqualTo("/np/transactions/cancel"))
                .withRequestBody(matchingJsonPath("$.transactions[0].np_transaction_id", equalTo(npId(id))))
                .willReturn(okJson("{\"results\":[{\"np_transaction_id\":\"" + npId(id) + "\"}]}")));

        payments.cancel(id);
        payments.cancel(id);

        StandIns.HTTP.verify(1, postRequestedFor(urlEqualTo("/np/transactions/cancel"))
                .withHeader("X-HTTP-Method-Override", equalTo("PATCH"))
                .withRequestBody(matchingJsonPath("$.transactions[0].np_transaction_id", equalTo(npId(id)))));
        assertThat(payments.find(id).orElseThrow().status()).isEqualTo(DeferredStatus.CANCELLED);
        assertThat(payments.hasActiveTransaction(id)).isFalse();
    }

    @Test
    void anAlreadyCancelledTransactionAtNpCountsAsCancelledAndOrdersWithoutOneAreSkipped() {
        long id = deferredOrder();
        approve(id);
        payments.register(id, DeferredProvider.NP_ATOBARAI, false, null);
        StandIns.HTTP.stubFor(post(urlEqualTo("/np/transactions/cancel"))
                .withRequestBody(matchingJsonPath("$.transactions[0].np_transaction_id", equalTo(npId(id))))
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                        .withBody("{\"errors\":[{\"codes\":[\"E0100118\"],\"id\":\"" + npId(id) + "\"}]}")));

        payments.cancel(id);

        assertThat(payments.find(id).orElseThrow().reason()).contains("キャンセル済み");
        long without = deferredOrder();
        payments.cancel(without);
        payments.reportShipment(without, "YAMATO", "444413758703");
        assertThat(payments.find(without)).isEmpty();
    }

    @Test
    void refusesOrdersThatAreNotDeferredAndShowsSettingsMasked() {
        long cod = data.order(api, shop, "COD", "代引 太郎");
        ApiClient.Response refused = api.post("/api/deferred-payments/" + cod + "/registration", Map.of("provider", "NP_ATOBARAI"));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().path("message").asText()).contains("後払いではない");

        JsonNode np = api.get("/api/deferred-providers/NP_ATOBARAI").json();
        assertThat(np.path("merchantCode").asText()).isEqualTo(MERCHANT);
        assertThat(np.path("spCodeMasked").asText()).isEqualTo("••••1234");
        assertThat(np.path("ready").asBoolean()).isTrue();
        assertThat(np.toString()).doesNotContain(SP_CODE).doesNotContain(TERMINAL);
    }

    @Test
    void theSettingsScreenShowsSecretsMaskedAndKeepsThemWhenLeftBlank() throws Exception {
        String page = mvc.perform(get("/settings/deferred-providers")
                        .with(user("admin").roles("ADMIN")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("後払い設定").contains("••••1234").contains(MERCHANT).doesNotContain(SP_CODE).doesNotContain(TERMINAL);

        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/settings/deferred-providers/NP_ATOBARAI")
                .param("invoiceEnclosedDefault", "true").param("merchantCode", MERCHANT).param("spCode", "").param("terminalId", "••••5678")
                .with(user("admin").roles("ADMIN"))
                .with(csrf()));

        DeferredProviderSettingView np = settings.get(DeferredProvider.NP_ATOBARAI);
        assertThat(np.invoiceEnclosedDefault()).isTrue();
        assertThat(np.spCodeMasked()).isEqualTo("••••1234");
        assertThat(settings.npCredentials()).isEqualTo(new NpCredentials(MERCHANT, SP_CODE, TERMINAL));
    }
}
