package jp.juchu.intake;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.juchu.core.Mall;
import jp.juchu.shop.DemoData;
import jp.juchu.shop.DeliverySettings;
import jp.juchu.shop.PaymentMappings;
import jp.juchu.shop.PaymentSettings;
import jp.juchu.shop.ShopManagement;
import jp.juchu.shop.ShopRef;
import jp.juchu.support.ApiClient;

/** Own shops with the demo mappings, multipart uploads and job polling for the import ITs. */
final class ImportTestSupport {

    private ImportTestSupport() {
    }

    /** A new shop of {@code mall} with a unique name and the demo shop's payment and delivery mappings. */
    static ShopRef shopWithDemoMappings(Mall mall, ShopManagement shops, DemoData demo, PaymentSettings payment,
                                        DeliverySettings delivery) {
        ShopRef demoShop = demo.create().shops().stream().filter(s -> s.mall() == mall).findFirst().orElseThrow();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        ShopRef shop = shops.register(mall, "取込テスト" + suffix, "取込" + suffix);
        PaymentMappings mappings = payment.mappings(demoShop.code());
        payment.replaceMappings(shop.code(), new PaymentMappings(mappings.mappings(), mappings.rakutenPaySettlement()));
        delivery.replaceMappings(shop.code(), delivery.mappings(demoShop.code()));
        return shop;
    }

    static byte[] fixture(String name) {
        try (InputStream in = ImportTestSupport.class.getResourceAsStream("/fixtures/mall/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A part of a multipart request: a file (filename set) or a plain field. */
    record Part(String field, String filename, byte[] content) {

        static Part file(String field, String filename, byte[] content) {
            return new Part(field, filename, content);
        }

        static Part field(String field, String value) {
            return new Part(field, null, value.getBytes(StandardCharsets.UTF_8));
        }
    }

    static ApiClient.Response upload(int port, String path, Part... parts) {
        String boundary = "----juchu" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try {
            for (Part part : parts) {
                body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part.field() + "\""
                        + (part.filename() == null ? "" : "; filename=\"" + part.filename() + "\"\r\nContent-Type: text/csv")
                        + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
                body.write(part.content());
                body.write("\r\n".getBytes(StandardCharsets.UTF_8));
            }
            if (parts.length == 0) {
                body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"other\"\r\n\r\nx\r\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
            body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .header("Authorization", "Basic " + Base64.getEncoder()
                            .encodeToString(("admin:" + ApiClient.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                    .header("Accept", "application/json")
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                    .build();
            HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new ApiClient.Response(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Uploads and waits for the job to finish; returns the job JSON. */
    static JsonNode importAndWait(int port, ShopRef shop, Part... parts) {
        ApiClient.Response response = upload(port, "/api/shops/" + shop.code() + "/order-imports", parts);
        if (response.status() != 202) {
            throw new AssertionError("import not accepted: " + response.status() + " " + response.body());
        }
        return awaitFinished(port, response.json().path("jobId").asLong());
    }

    static JsonNode awaitFinished(int port, long jobId) {
        ApiClient api = ApiClient.admin(port);
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> api.get("/api/jobs/" + jobId).json(),
                        json -> List.of("SUCCEEDED", "PARTIAL", "FAILED").contains(json.path("state").asText()));
    }

    static Map<String, String> errorsByOrder(JsonNode job) {
        Map<String, String> errors = new LinkedHashMap<>();
        job.path("errors").forEach(e -> errors.merge(e.path("orderNumber").asText(), e.path("message").asText(), (a, b) -> a + " / " + b));
        return errors;
    }
}
