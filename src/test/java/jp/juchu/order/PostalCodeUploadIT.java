package jp.juchu.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.juchu.shop.KenAllFiles;
import jp.juchu.shop.ShopRef;
import jp.juchu.support.ApiClient;
import jp.juchu.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 郵便番号データ: KEN_ALL upload through the API and its job, then the address check of a manual order
 * against it. The data is cleared again afterwards (other tests expect the bundled prefix table).
 */
@IntegrationTest
class PostalCodeUploadIT {

    @LocalServerPort
    int port;

    @Autowired
    SearchTestData data;

    @Autowired
    MockMvc mvc;

    ApiClient api;

    @BeforeEach
    void client() {
        api = ApiClient.admin(port);
    }

    @AfterEach
    void backToTheBundledTable() {
        assertThat(api.delete("/api/postal-codes").status()).isEqualTo(200);
        assertThat(api.get("/api/postal-codes").json().path("entries").asLong()).isZero();
    }

    @Test
    void aBrokenFileIsRejectedWithLineColumnAndReasonAndReplacesNothing() {
        JsonNode job = runUpload(KenAllFiles.sample().row("150002", "東京都", "渋谷区", "渋谷").bytes());

        assertThat(job.path("state").asText()).isEqualTo("FAILED");
        JsonNode error = job.path("errors").get(0);
        assertThat(error.path("line").asInt()).isEqualTo(13);
        assertThat(error.path("column").asText()).isEqualTo("郵便番号");
        assertThat(error.path("message").asText()).isEqualTo("郵便番号「150002」が7桁の数字ではありません");
        assertThat(api.get("/api/postal-codes").json().path("entries").asLong()).isZero();
    }

    @Test
    void uploadedDataReplacesThePreviousAndFlagsAnOrderWhoseCityDoesNotMatchItsPostalCode() throws Exception {
        JsonNode first = runUpload(KenAllFiles.create().row("9999999", "東京都", "渋谷区", "渋谷").bytes());
        assertThat(first.path("state").asText()).as(first.toString()).isEqualTo("SUCCEEDED");
        JsonNode job = runUpload(KenAllFiles.sample().bytes());
        assertThat(job.path("state").asText()).as(job.toString()).isEqualTo("SUCCEEDED");
        assertThat(job.path("imported").asInt()).isEqualTo(11);
        assertThat(api.get("/api/postal-codes").json().path("entries").asLong()).isEqualTo(11);

        ShopRef shop = data.shop();
        long mismatched = create(shop, recipient("530-0001", "大阪府", "大阪市中央区北浜2-1"));
        long matching = create(shop, recipient("530-0001", "大阪府", "大阪市北区梅田1-1"));

        JsonNode flagged = api.get("/api/orders/" + mismatched).json();
        assertThat(flagNames(flagged)).contains("ADDRESS_ERROR");
        assertThat(flagged.toString()).contains("送付先の住所「大阪市中央区北浜2-1」は大阪市中央区ですが、郵便番号「530-0001」は大阪市北区梅田の番号です");
        assertThat(flagNames(api.get("/api/orders/" + matching).json())).doesNotContain("ADDRESS_ERROR");
        mvc.perform(get("/settings/postal-codes").with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("日本郵便の郵便番号データ <strong>11</strong> 件")));
    }

    private long create(ShopRef shop, Map<String, Object> recipient) {
        Map<String, Object> line = new HashMap<>(Map.of("itemNumber", "A-001", "itemName", "有機りんごジュース 1L", "unitPrice", 1080,
                "quantity", 1, "taxRate", 8));
        Map<String, Object> shipment = new HashMap<>(Map.of("recipient", recipient, "deliveryMethod", "YAMATO_TAKKYUBIN",
                "shippingFee", 600, "lines", List.of(line)));
        Map<String, Object> order = new HashMap<>(Map.of("shop", shop.code(), "orderer", recipient("150-0002", "東京都", "渋谷区渋谷1-2-3"),
                "email", "postal-" + UUID.randomUUID() + "@example.com", "paymentMethod", "COD", "shipments", List.of(shipment)));
        ApiClient.Response created = api.post("/api/orders", order);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("id").asLong();
    }

    private static Map<String, Object> recipient(String postal, String prefecture, String address) {
        return new HashMap<>(Map.of("name", "郵便 太郎", "kana", "ﾕｳﾋﾞﾝ ﾀﾛｳ", "postalCode", postal, "prefecture", prefecture,
                "address1", address, "phone", "03-1234-5678"));
    }

    private static List<String> flagNames(JsonNode order) {
        List<String> names = new ArrayList<>();
        order.path("flags").forEach(flag -> names.add(flag.path("flag").asText()));
        return names;
    }

    private JsonNode runUpload(byte[] file) {
        ApiClient.Response accepted = upload(file);
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        long jobId = accepted.json().path("jobId").asLong();
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> api.get("/api/jobs/" + jobId).json(),
                        j -> List.of("SUCCEEDED", "PARTIAL", "FAILED").contains(j.path("state").asText()));
    }

    private ApiClient.Response upload(byte[] file) {
        String boundary = "----postal" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"KEN_ALL.CSV\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/postal-codes"))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString(("admin:" + ApiClient.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new ApiClient.Response(response.statusCode(), response.body());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
