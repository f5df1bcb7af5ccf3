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

import com.github.tomakehurst.wiremock.client.BasicCredentials;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.juchu.order.OrderBook;
import jp.juchu.order.OrderStatus;
import jp.juchu.order.OrderTags;
import jp.juchu.order.ShipmentTracking;
import jp.juchu.shop.ShopRef;
import jp.juchu.support.ApiClient;
import jp.juchu.support.IntegrationTest;
import jp.juchu.support.ProcessTestOrders;
import jp.juchu.support.StandIns;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * 出荷報告 from the order's own 荷物番号 and carrier: NP後払い on WireMock under {@code /np} (stubs match this test's
 * NP取引IDs and are removed afterwards), CSV providers through the 出荷報告 CSV.
 */
@IntegrationTest
class DeferredShipmentReportIT {

    static final String MERCHANT = "merchant-report-it";
    static final String SP_CODE = "sp-report-it-9876";
    static final String TERMINAL = "terminal-report-it";
    static final Charset MS932 = Charset.forName("Windows-31J");
    static final LocalDate SHIPPED_ON = LocalDate.of(2026, 12, 1);

    @LocalServerPort
    int port;

    @Autowired
    PaymentTestData data;

    @Autowired
    DeferredPayments payments;

    @Autowired
    DeferredProviderSettings settings;

    @Autowired
    OrderBook book;

    ApiClient api;
    ShopRef shop;
    final List<StubMapping> stubs = new ArrayList<>();

    @BeforeEach
    void setUp() {
        api = ApiClient.admin(port);
        shop = data.shop();
        settings.update(DeferredProvider.NP_ATOBARAI, new DeferredProviderSettingInput(false, MERCHANT, SP_CODE, TERMINAL, false));
    }

    @AfterEach
    void removeStubs() {
        stubs.forEach(StandIns.HTTP::removeStub);
        stubs.clear();
    }

    @Test
    void reportsTheFirstParcelOfAYamatoShipmentOnceAndTagsTheOrder() {
        long id = approvedNpOrder("YAMATO_TAKKYUBIN");
        shipped(id, "YAMATO", "4012-3450-1371", "401234501382");
        answerShipment(id, okJson("{\"results\":[{\"np_transaction_id\":\"" + npId(id) + "\"}]}"));

        assertThat(payments.reportShipment(id)).isEqualTo(ShipmentReportOutcome.REPORTED);
        assertThat(payments.reportShipment(id)).isEqualTo(ShipmentReportOutcome.ALREADY_REPORTED);

        StandIns.HTTP.verify(1, shipmentOf(id)
                .withBasicAuth(new BasicCredentials(MERCHANT, SP_CODE))
                .withHeader("X-NP-Terminal-Id", equalTo(TERMINAL))
                .withRequestBody(matchingJsonPath("$.transactions[0].pd_company_code", equalTo("59010")))
                .withRequestBody(matchingJsonPath("$.transactions[0].slip_no", equalTo("401234501371"))));
        StandIns.HTTP.verify(1, shipmentOf(id));
        DeferredTransactionView reported = payments.find(id).orElseThrow();
        assertThat(reported.status()).isEqualTo(DeferredStatus.SHIPMENT_REPORTED);
        assertThat(reported.carrierCode()).isEqualTo("59010");
        assertThat(reported.slipNo()).isEqualTo("401234501371");
        assertThat(reported.shipmentReportedAt()).isNotNull();
        assertThat(book.require(id).getTags()).contains(OrderTags.SHIPMENT_REPORTED);
        assertThat(book.history(id)).anySatisfy(h -> assertThat(h.getText())
                .isEqualTo("NP後払いに出荷報告しました（配送会社コード 59010、伝票番号 401234501371）"));
    }

    @Test
    void yuPacketAndUntrackedMailParcelsGetTheirOwnCompanyCodes() {
        long packet = approvedNpOrder("JAPANPOST_YUPACKET");
        shipped(packet, "JAPANPOST", "123456789012");
        answerShipment(packet, okJson("{\"results\":[{\"np_transaction_id\":\"" + npId(packet) + "\"}]}"));
        long mail = approvedNpOrder("YAMATO_NEKOPOS");
        shipped(mail, "YAMATO", "メール便");
        answerShipment(mail, okJson("{\"results\":[{\"np_transaction_id\":\"" + npId(mail) + "\"}]}"));

        payments.reportShipment(packet);
        payments.reportShipment(mail);

        StandIns.HTTP.verify(1, shipmentOf(packet)
                .withRequestBody(matchingJsonPath("$.transactions[0].pd_company_code", equalTo("59043")))
                .withRequestBody(matchingJsonPath("$.transactions[0].slip_no", equalTo("123456789012"))));
        StandIns.HTTP.verify(1, shipmentOf(mail)
                .withRequestBody(matchingJsonPath("$.transactions[0].pd_company_code", equalTo("55555")))
                .withRequestBody(matchingJsonPath("$.transactions[0].slip_no", equalTo("メール便"))));
        assertThat(book.history(mail)).anySatisfy(h -> assertThat(h.getText()).contains("ご契約運送会社"));
    }

    @Test
    void npsRefusalIsABusinessErrorWithNpsReasonAndNothingIsStored() {
        long id = approvedNpOrder("YAMATO_TAKKYUBIN");
        shipped(id, "YAMATO", "401234501371");
        answerShipment(id, aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                .withBody("{\"errors\":[{\"codes\":[\"E0100113\"],\"id\":\"" + npId(id) + "\"}]}"));

        assertThatThrownBy(() -> payments.reportShipment(id)).isInstanceOf(DeferredOperationRejected.class)
                .hasMessage("NP後払いが受注 " + book.require(id).getMallOrderNumber()
                        + " の出荷報告を受け付けませんでした：NP後払いに該当する取引がありません（E0100113）");

        assertThat(payments.find(id).orElseThrow().status()).isEqualTo(DeferredStatus.CREDIT_OK);
        assertThat(payments.find(id).orElseThrow().shipmentRequestedAt()).isNull();
        assertThat(book.require(id).getTags()).doesNotContain(OrderTags.SHIPMENT_REPORTED);
    }

    @Test
    void serverErrorsAndBrokenConnectionsAreRetryableAndTheNextTryReports() {
        long id = approvedNpOrder("YAMATO_TAKKYUBIN");
        shipped(id, "YAMATO", "401234501371");
        answerShipment(id, aResponse().withStatus(503));

        assertThatThrownBy(() -> payments.reportShipment(id))
                .isInstanceOfSatisfying(DeferredProviderUnavailable.class, e -> assertThat(e.retryable()).isTrue())
                .hasMessageContaining("出荷報告").hasMessageContaining("HTTP 503");
        StandIns.HTTP.verify(3, shipmentOf(id));

        removeStubs();
        answerShipment(id, aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
        assertThatThrownBy(() -> payments.reportShipment(id))
                .isInstanceOfSatisfying(DeferredProviderUnavailable.class, e -> assertThat(e.retryable()).isTrue())
                .hasMessageContaining("接続できません");
        assertThat(payments.find(id).orElseThrow().shipmentRequestedAt()).isNull();

        removeStubs();
        answerShipment(id, okJson("{\"results\":[{\"np_transaction_id\":\"" + npId(id) + "\"}]}"));
        assertThat(payments.reportShipment(id)).isEqualTo(ShipmentReportOutcome.REPORTED);
        assertThat(book.require(id).getTags()).contains(OrderTags.SHIPMENT_REPORTED);
    }

    @Test
    void aCsvProvidersTransactionWaitsForTheShipmentCsvWhichTagsTheOrder() {
        long id = data.order(api, shop, "GMO_ATOBARAI", "後払 四郎");
        payments.register(id, DeferredProvider.GMO_ATOBARAI, false, null);
        byte[] results = ("加盟店取引ID,GMO取引ID,与信結果\r\nJC" + id + ",G" + id + ",OK\r\n").getBytes(MS932);
        payments.importCreditResults(DeferredProvider.GMO_ATOBARAI, new ByteArrayInputStream(results), "result.csv");
        shipped(id, "SAGAWA", "4012-3450-1371");

        assertThat(payments.reportShipment(id)).isEqualTo(ShipmentReportOutcome.AWAITING_CSV);
        assertThat(payments.reportShipment(id)).isEqualTo(ShipmentReportOutcome.AWAITING_CSV);
        assertThat(payments.find(id).orElseThrow().status()).isEqualTo(DeferredStatus.SHIPMENT_PENDING);
        assertThat(payments.list(DeferredProvider.GMO_ATOBARAI, DeferredStatus.SHIPMENT_PENDING, 500))
                .anySatisfy(t -> assertThat(t.orderId()).isEqualTo(id));
        assertThat(book.require(id).getTags()).doesNotContain(OrderTags.SHIPMENT_REPORTED);

        String csv = new String(payments.shipmentCsv(DeferredProvider.GMO_ATOBARAI).content(), MS932);

        assertThat(csv).startsWith("加盟店取引ID,受注番号,事業者取引ID,配送業者,伝票番号,出荷報告日\r\n")
                .contains("JC" + id + "," + book.require(id).getMallOrderNumber() + ",G" + id + ",SAGAWA,401234501371,");
        assertThat(payments.find(id).orElseThrow().status()).isEqualTo(DeferredStatus.SHIPMENT_REPORTED);
        assertThat(book.require(id).getTags()).contains(OrderTags.SHIPMENT_REPORTED);
        assertThat(payments.reportShipment(id)).isEqualTo(ShipmentReportOutcome.ALREADY_REPORTED);
        assertThat(new String(payments.shipmentCsv(DeferredProvider.GMO_ATOBARAI).content(), MS932)).doesNotContain("JC" + id + ",");
    }

    @Test
    void anOrderWithoutTrackingOrWithoutOkCreditIsRefusedAndOneWithoutTransactionSkipped() {
        long untracked = approvedNpOrder("YAMATO_TAKKYUBIN");
        assertThatThrownBy(() -> payments.reportShipment(untracked)).isInstanceOf(DeferredOperationRejected.class)
                .hasMessageContaining("荷物番号がない");

        long pending = data.order(api, shop, "NP_ATOBARAI", "後払 保留");
        answerRegistration(pending, "{\"results\":[{\"np_transaction_id\":\"" + npId(pending)
                + "\",\"authori_result\":\"10\",\"authori_hold\":[\"RE009\"]}]}");
        payments.register(pending, DeferredProvider.NP_ATOBARAI, false, null);
        shipped(pending, "YAMATO", "401234501371");
        assertThatThrownBy(() -> payments.reportShipment(pending)).isInstanceOf(DeferredOperationRejected.class)
                .hasMessageContaining("与信結果がOKではない");

        long none = data.order(api, shop, "NP_ATOBARAI", "後払 なし");
        assertThat(payments.reportShipment(none)).isEqualTo(ShipmentReportOutcome.NO_TRANSACTION);
        StandIns.HTTP.verify(0, shipmentOf(untracked));
        StandIns.HTTP.verify(0, shipmentOf(pending));
    }

    // --- helpers -------------------------------------------------------------------------------------------

    private long approvedNpOrder(String deliveryMethod) {
        long id = data.order(api, shop, "NP_ATOBARAI", "後払 出荷", deliveryMethod);
        answerRegistration(id, "{\"results\":[{\"shop_transaction_id\":\"JC" + id + "\",\"np_transaction_id\":\"" + npId(id)
                + "\",\"authori_result\":\"00\"}]}");
        assertThat(payments.register(id, DeferredProvider.NP_ATOBARAI, false, null).status()).isEqualTo(DeferredStatus.CREDIT_OK);
        return id;
    }

    /** The order as the shipping work leaves it: parked at 確認待 by its process, then 出荷中 with its 荷物番号. */
    private void shipped(long id, String carrier, String... numbers) {
        ProcessTestOrders.await("受注 " + id + " の後払い取引登録タスク", () ->
                api.get("/api/tasks?orderId=" + id + "&type=register-deferred-payment").json().size() == 1 ? true : null);
        book.moveTo(id, OrderStatus.SHIPPING);
        book.recordTracking(id, 1, new ShipmentTracking(carrier, List.of(numbers), SHIPPED_ON, null, false, false), "tester");
    }

    private void answerRegistration(long id, String body) {
        stubs.add(StandIns.HTTP.stubFor(post(urlEqualTo("/np/transactions"))
                .withRequestBody(matchingJsonPath("$.transactions[0].shop_transaction_id", equalTo("JC" + id)))
                .willReturn(okJson(body))));
    }

    private void answerShipment(long id, com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder answer) {
        stubs.add(StandIns.HTTP.stubFor(post(urlEqualTo("/np/shipments"))
                .withRequestBody(matchingJsonPath("$.transactions[0].np_transaction_id", equalTo(npId(id))))
                .willReturn(answer)));
    }

    private static RequestPatternBuilder shipmentOf(long id) {
        return postRequestedFor(urlEqualTo("/np/shipments"))
                .withRequestBody(matchingJsonPath("$.transactions[0].np_transaction_id", equalTo(npId(id))));
    }

    static String npId(long orderId) {
        return String.format("%011d", orderId);
    }
}
