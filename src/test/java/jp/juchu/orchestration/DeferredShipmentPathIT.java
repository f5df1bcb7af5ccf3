package jp.juchu.orchestration;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.juchu.order.OrderBook;
import jp.juchu.order.OrderTags;
import jp.juchu.order.ShipmentTracking;
import jp.juchu.shop.CarrierRef;
import jp.juchu.shop.DeliverySettings;
import jp.juchu.support.ApiClient;
import jp.juchu.support.IntegrationTest;
import jp.juchu.support.NpStandIn;
import jp.juchu.support.ProcessTestOrders;
import jp.juchu.support.StandIns;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A 後払い order from 与信OK through 出荷指示 and 出荷確定 to 完了 with the real workers: 後払い出荷報告 to NP後払い on
 * WireMock (tag 出荷報告済), the 出荷完了 mail with carrier, 荷物番号 and tracking URL on GreenMail, and NP's refusal
 * of the report stopping the order as an incident with NP's reason.
 */
@IntegrationTest
class DeferredShipmentPathIT {

    private static final LocalDate SHIPPED_ON = LocalDate.of(2026, 12, 1);

    @LocalServerPort
    int port;


    @Autowired
    OrderBook book;

    @Autowired
    DeliverySettings delivery;

    ProcessTestOrders orders;
    ApiClient api;

    @RegisterExtension
    final NpStandIn np = new NpStandIn("shipment-it");

    @BeforeEach
    void setUp() {
        orders = new ProcessTestOrders(port);
        api = orders.api();
    }

    @Test
    void aShippedDeferredOrderIsReportedToNpTaggedMailedAndCompleted() throws Exception {
        String email = "shipped-" + UUID.randomUUID() + "@example.com";
        long order = orders.create("NP_ATOBARAI", "150-0002", "東京都", email);
        answerShipment(order, okJson("{\"results\":[{\"np_transaction_id\":\"" + npId(order) + "\"}]}"));

        shipWithTracking(order);

        orders.awaitStatus(order, "COMPLETED");
        StandIns.HTTP.verify(1, postRequestedFor(urlEqualTo("/np/shipments"))
                .withRequestBody(matchingJsonPath("$.transactions[0].np_transaction_id", equalTo(npId(order))))
                .withRequestBody(matchingJsonPath("$.transactions[0].pd_company_code", equalTo("59010")))
                .withRequestBody(matchingJsonPath("$.transactions[0].slip_no", equalTo("401234501371"))));
        assertThat(book.require(order).getTags()).contains(OrderTags.SHIPMENT_REPORTED);
        assertThat(api.get("/api/orders/" + order + "/payment").json().path("deferred").path("status").asText())
                .isEqualTo("SHIPMENT_REPORTED");

        CarrierRef yamato = delivery.carriers().stream().filter(c -> c.code().equals("YAMATO")).findFirst().orElseThrow();
        MimeMessage mail = ProcessTestOrders.await("出荷完了メール to " + email, () -> shippedMailTo(email));
        String body = ((String) mail.getContent()).replace("\r\n", "\n");
        assertThat(body).contains("出荷日: 2026年12月1日", "配送業者: " + yamato.name(), "お問い合わせ番号: 401234501371",
                "配送状況の確認: " + yamato.trackingUrl("401234501371").orElseThrow());
        JsonNode mails = api.get("/api/orders/" + order + "/mails").json();
        assertThat(mails.findValuesAsText("purpose")).containsOnlyOnce("SHIPPED");
    }

    @Test
    void npRefusingTheReportStopsTheOrderAsAnIncidentWithNpsReason() {
        long order = orders.create("NP_ATOBARAI");
        answerShipment(order, aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                .withBody("{\"errors\":[{\"codes\":[\"E0100113\"],\"id\":\"" + npId(order) + "\"}]}"));

        shipWithTracking(order);

        JsonNode incident = ProcessTestOrders.await(() -> "出荷報告のインシデント; " + orders.describe(order), () -> {
            for (JsonNode found : api.get("/api/incidents").json()) {
                if (found.path("orderId").asLong() == order && "report-shipment".equals(found.path("elementId").asText())) {
                    return found;
                }
            }
            return null;
        });
        assertThat(incident.path("errorMessage").asText()).contains("NP後払いに該当する取引がありません（E0100113）");
        StandIns.HTTP.verify(1, postRequestedFor(urlEqualTo("/np/shipments"))
                .withRequestBody(matchingJsonPath("$.transactions[0].np_transaction_id", equalTo(npId(order)))));
        assertThat(orders.status(order)).isEqualTo("SHIPPED");
        assertThat(book.require(order).getTags()).doesNotContain(OrderTags.SHIPMENT_REPORTED);
    }

    /** 与信OK at NP, then 出荷指示 → 出荷中 → one ヤマト parcel → 出荷確定, as the shipping work does it. */
    private void shipWithTracking(long order) {
        np.stub(post(urlEqualTo("/np/transactions"))
                .withRequestBody(matchingJsonPath("$.transactions[0].shop_transaction_id", equalTo("JC" + order)))
                .willReturn(okJson("{\"results\":[{\"shop_transaction_id\":\"JC" + order + "\",\"np_transaction_id\":\""
                        + npId(order) + "\",\"authori_result\":\"00\"}]}")));
        orders.completeTask(orders.awaitTask(order, "register-deferred-payment"), Map.of("deferredProvider", "NP_ATOBARAI"));
        orders.awaitStatus(order, "READY_TO_SHIP");

        book.recordShippingInstructed(order, SHIPPED_ON, "tester");
        orders.awaitStatus(order, "SHIPPING");
        book.recordTracking(order, 1, new ShipmentTracking("YAMATO", List.of("401234501371"), SHIPPED_ON, null, false, false), "tester");
        book.recordShipmentConfirmed(order, "tester");
    }

    private void answerShipment(long order, ResponseDefinitionBuilder answer) {
        np.stub(post(urlEqualTo("/np/shipments"))
                .withRequestBody(matchingJsonPath("$.transactions[0].np_transaction_id", equalTo(npId(order))))
                .willReturn(answer));
    }

    private static MimeMessage shippedMailTo(String address) {
        for (MimeMessage message : StandIns.SMTP.getReceivedMessages()) {
            try {
                Address[] to = message.getRecipients(Message.RecipientType.TO);
                if (to != null && to.length == 1 && ((InternetAddress) to[0]).getAddress().equals(address)
                        && message.getSubject() != null && message.getSubject().contains("発送")) {
                    return message;
                }
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return null;
    }

    private static String npId(long orderId) {
        return String.format("%011d", orderId);
    }
}
