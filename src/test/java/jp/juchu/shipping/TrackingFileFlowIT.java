package jp.juchu.shipping;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import jp.juchu.support.ApiClient;
import jp.juchu.support.IntegrationTest;
import jp.juchu.support.ProcessTestOrders;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A 楽天 shop without API linking: its shipped orders wait at 荷物番号連携待ち until the R荷物 file is made, then
 * go on to 完了; an order goes into a second file only when asked for.
 */
@IntegrationTest
class TrackingFileFlowIT {

    @LocalServerPort
    int port;

    @Test
    void shippedOrdersOfACsvShopWaitForTheirFileAndAreNeverPutInTwoFilesUnasked() {
        ProcessTestOrders orders = new ProcessTestOrders(port, "RAKUTEN");
        ApiClient api = orders.api();
        ShippingTestSetup.prepare(api);
        long first = shipped(orders);
        long second = shipped(orders);
        for (long order : List.of(first, second)) {
            orders.awaitStep(order, "荷物番号連携待ち");
            assertThat(orders.status(order)).isEqualTo("SHIPPED");
        }
        assertThat(api.get("/api/shops/" + orders.shopCode() + "/tracking-files/pending").json().path("orderIds").toString())
                .contains(String.valueOf(first)).contains(String.valueOf(second));

        JsonNode job = ProcessTestOrders.awaitJob(api, api.post("/api/shops/" + orders.shopCode() + "/tracking-files", Map.of()));
        assertThat(job.path("imported").asInt()).as(job.toString()).isEqualTo(2);
        String name = job.path("files").get(0).path("name").asText();
        String file = new String(api.getBytes("/api/jobs/" + job.path("id").asLong() + "/files/" + name), ShippingTestSetup.MS932);
        assertThat(file).startsWith("注文番号,送付先ID,発送明細ID,お荷物伝票番号,配送会社,発送日\r\n");
        assertThat(file.lines().count()).isEqualTo(3);
        for (long order : List.of(first, second)) {
            orders.awaitStatus(order, "COMPLETED");
        }

        JsonNode nothingNew = ProcessTestOrders.awaitJob(api, api.post("/api/shops/" + orders.shopCode() + "/tracking-files", Map.of()));
        assertThat(nothingNew.path("imported").asInt()).isZero();
        JsonNode unasked = ProcessTestOrders.awaitJob(api, api.post("/api/shops/" + orders.shopCode() + "/tracking-files", Map.of("orderIds", List.of(first))));
        assertThat(unasked.path("imported").asInt()).isZero();
        assertThat(unasked.path("errors").toString()).contains("出力済み");
        JsonNode asked = ProcessTestOrders.awaitJob(api, api.post("/api/shops/" + orders.shopCode() + "/tracking-files",
                Map.of("orderIds", List.of(first), "again", true)));
        assertThat(asked.path("imported").asInt()).isEqualTo(1);
    }

    @Test
    void aShopWithoutAnUploadFileIsRefused() {
        ProcessTestOrders makeshop = new ProcessTestOrders(port);
        ApiClient.Response refused = makeshop.api().post("/api/shops/" + makeshop.shopCode() + "/tracking-files", Map.of());
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("field").asText()).isEqualTo("shop");
    }

    /** An order taken to 出荷済 with a generic tracking file keyed by the mall 注文番号. */
    private static long shipped(ProcessTestOrders orders) {
        ApiClient api = orders.api();
        long order = orders.create("CREDIT_CARD");
        orders.awaitStatus(order, "READY_TO_SHIP");
        ProcessTestOrders.awaitJob(api, api.post("/api/shipping/exports", Map.of("format", "B2", "orderIds", List.of(order))));
        JsonNode shipping = orders.awaitStatus(order, "SHIPPING");
        String csv = "注文番号,荷物番号,出荷日\r\n" + shipping.path("mallOrderNumber").asText() + "," + ShippingTestSetup.trackingNumber()
                + "," + LocalDate.now() + "\r\n";
        JsonNode confirmed = ProcessTestOrders.awaitJob(api, api.postMultipart("/api/shipping/confirmations",
                Map.of("format", "GENERIC", "shop", orders.shopCode()), "file", "tracking.csv", csv.getBytes(ShippingTestSetup.MS932)));
        assertThat(confirmed.path("imported").asInt()).as(confirmed.toString()).isEqualTo(1);
        return order;
    }
}
