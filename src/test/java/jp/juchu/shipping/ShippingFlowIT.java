package jp.juchu.shipping;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.juchu.support.ApiClient;
import jp.juchu.support.IntegrationTest;
import jp.juchu.support.ProcessTestOrders;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The shipping day through the HTTP API: 出荷指示 as B2クラウド file → the B2 発行済データ with 伝票番号 (made here the
 * way B2 makes it) → 出荷確定 → 出荷済 → 完了 with the 出荷完了 mail; and what is left out or refused on the way.
 */
@IntegrationTest
class ShippingFlowIT {

    static final Charset MS932 = ShippingTestSetup.MS932;

    @LocalServerPort
    int port;

    ProcessTestOrders orders;
    ApiClient api;

    @BeforeEach
    void setUp() {
        orders = new ProcessTestOrders(port);
        api = orders.api();
        ShippingTestSetup.prepare(api);
    }

    @Test
    void b2ExportThenItsResultFileShipsAndCompletesTheOrders() throws IOException {
        long first = readyOrder();
        long second = readyOrder();

        JsonNode export = ProcessTestOrders.awaitJob(api, api.post("/api/shipping/exports", Map.of("format", "B2", "orderIds", List.of(first, second))));
        assertThat(export.path("state").asText()).as(export.toString()).isEqualTo("SUCCEEDED");
        assertThat(export.path("imported").asInt()).isEqualTo(2);
        String fileName = outputFile(export);
        byte[] file = api.getBytes("/api/jobs/" + export.path("id").asLong() + "/files/" + fileName);
        String text = new String(file, MS932);
        assertThat(text).startsWith("\"お客様管理番号\",\"送り状種類\"").contains("\r\n").doesNotContain("\n\"\n");
        List<CSVRecord> rows = CSVFormat.DEFAULT.parse(new StringReader(text)).getRecords();
        assertThat(rows).hasSize(3);
        for (long order : List.of(first, second)) {
            JsonNode shipped = orders.awaitStatus(order, "SHIPPING");
            assertThat(shipped.path("shipments").get(0).path("plannedShipOn").asText()).isNotBlank();
        }

        byte[] result = ShippingTestSetup.b2Result(text);
        JsonNode confirmation = ProcessTestOrders.awaitJob(api, upload(result, "B2", Map.of()));
        assertThat(confirmation.path("state").asText()).as(confirmation.toString()).isEqualTo("SUCCEEDED");
        assertThat(confirmation.path("imported").asInt()).isEqualTo(2);

        for (long order : List.of(first, second)) {
            JsonNode completed = orders.awaitStatus(order, "COMPLETED");
            JsonNode shipment = completed.path("shipments").get(0);
            assertThat(shipment.path("carrierCode").asText()).isEqualTo("YAMATO");
            assertThat(shipment.path("trackingNumbers")).hasSize(1);
            String mails = ProcessTestOrders.await("受注 " + order + " の出荷完了メール", () -> {
                String body = api.get("/api/orders/" + order + "/mails").body();
                return body.contains("SHIPPED") ? body : null;
            });
            assertThat(mails).contains("SHIPPED");
        }

        JsonNode again = ProcessTestOrders.awaitJob(api, upload(result, "B2", Map.of()));
        assertThat(again.path("imported").asInt()).as("the same file twice").isZero();
        assertThat(again.path("duplicates").asInt()).isEqualTo(2);
        assertThat(again.path("errorCount").asInt()).isZero();
    }

    @Test
    void aBlockedOrderIsLeftOutWithItsReasonAndTheOthersGo() {
        long blocked = readyOrder();
        long ready = readyOrder();
        assertThat(api.post("/api/orders/" + blocked + "/tags", Map.of("tag", "出荷抑制")).status()).isEqualTo(200);

        JsonNode export = ProcessTestOrders.awaitJob(api, api.post("/api/shipping/exports", Map.of("format", "B2", "orderIds", List.of(blocked, ready))));

        assertThat(export.path("state").asText()).isEqualTo("PARTIAL");
        assertThat(export.path("imported").asInt()).isEqualTo(1);
        assertThat(export.path("errors").toString()).contains("出荷抑制");
        orders.awaitStatus(ready, "SHIPPING");
        assertThat(orders.status(blocked)).isEqualTo("READY_TO_SHIP");
    }

    @Test
    void aReExportOfAnOrderInShippingIsLoggedAndLeavesItThere() {
        long order = readyOrder();
        ProcessTestOrders.awaitJob(api, api.post("/api/shipping/exports", Map.of("format", "B2", "orderIds", List.of(order))));
        orders.awaitStatus(order, "SHIPPING");

        JsonNode again = ProcessTestOrders.awaitJob(api, api.post("/api/shipping/exports", Map.of("format", "B2", "orderIds", List.of(order))));

        assertThat(again.path("updated").asInt()).isEqualTo(1);
        assertThat(orders.order(order).path("history").toString()).contains("出荷指示(再出力)");
        assertThat(orders.status(order)).isEqualTo("SHIPPING");
    }

    @Test
    void aBadCheckDigitAndAnUnknownNumberAreReportedAndChangeNothing() throws IOException {
        long order = readyOrder();
        JsonNode export = ProcessTestOrders.awaitJob(api, api.post("/api/shipping/exports", Map.of("format", "B2", "orderIds", List.of(order))));
        orders.awaitStatus(order, "SHIPPING");
        String text = new String(api.getBytes("/api/jobs/" + export.path("id").asLong() + "/files/" + outputFile(export)), MS932);
        String good = ShippingTestSetup.trackingNumber();
        String bad = good.substring(0, 11) + ((good.charAt(11) - '0' + 1) % 10);
        byte[] badDigit = ShippingTestSetup.b2Result(text, List.of(bad));

        JsonNode refused = ProcessTestOrders.awaitJob(api, upload(badDigit, "B2", Map.of()));

        assertThat(refused.path("imported").asInt()).isZero();
        assertThat(refused.path("errors").toString()).contains(bad).contains("チェックディジット");
        assertThat(orders.status(order)).isEqualTo("SHIPPING");

        JsonNode generic = ProcessTestOrders.awaitJob(api, upload(("お客様管理番号,荷物番号\r\n999999999," + ShippingTestSetup.trackingNumber() + "\r\n").getBytes(MS932), "GENERIC", Map.of()));
        assertThat(generic.path("errors").toString()).contains("999999999");
        assertThat(generic.path("imported").asInt()).isZero();
    }

    @Test
    void badRequestsAreRefusedAtOnce() {
        ApiClient.Response noFormat = api.post("/api/shipping/exports", Map.of("orderIds", List.of(1)));
        assertThat(noFormat.status()).isEqualTo(400);
        assertThat(noFormat.json().path("field").asText()).isEqualTo("format");
        assertThat(api.post("/api/shipping/exports", Map.of("format", "FAX")).status()).isEqualTo(400);
        assertThat(api.postMultipart("/api/shipping/confirmations", Map.of("format", "XYZ"), "file", "a.csv", new byte[] {1}).status())
                .isEqualTo(400);
        assertThat(ApiClient.anonymous(port).post("/api/shipping/exports", Map.of("format", "B2")).status()).isEqualTo(401);
    }

    private long readyOrder() {
        long order = orders.create("CREDIT_CARD");
        orders.awaitStatus(order, "READY_TO_SHIP");
        return order;
    }

    private ApiClient.Response upload(byte[] content, String format, Map<String, String> options) {
        Map<String, String> fields = new HashMap<>(options);
        fields.put("format", format);
        return api.postMultipart("/api/shipping/confirmations", fields, "file", "result.csv", content);
    }

    private static String outputFile(JsonNode job) {
        for (JsonNode file : job.path("files")) {
            if ("OUTPUT".equals(file.path("role").asText())) {
                return file.path("name").asText();
            }
        }
        throw new AssertionError("no output file: " + job);
    }
}
