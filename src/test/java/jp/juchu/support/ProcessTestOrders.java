package jp.juchu.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.LongSupplier;
import java.util.function.Predicate;

/**
 * Orders for process tests, made through the HTTP API like an operator would: a shop of their own, manual
 * entry with the payment method under test, and waits for what the process does asynchronously.
 */
public final class ProcessTestOrders {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Long enough for a loaded CI machine; tests normally see the change within a second. */
    public static final Duration PATIENCE = Duration.ofSeconds(60);

    private final ApiClient api;
    private final String shopCode;

    public ProcessTestOrders(int port) {
        this(port, "MAKESHOP");
    }

    /** Orders of a new shop of {@code mall} (RAKUTEN, AMAZON, …) without API credentials. */
    public ProcessTestOrders(int port, String mall) {
        this.api = ApiClient.admin(port);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> shop = new HashMap<>();
        shop.put("mall", mall);
        shop.put("name", "プロセス試験店 " + suffix);
        shop.put("shortName", "P" + suffix.substring(0, 3));
        ApiClient.Response created = api.post("/api/shops", shop);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        this.shopCode = created.json().path("code").asText();
    }

    public ApiClient api() {
        return api;
    }

    public String shopCode() {
        return shopCode;
    }

    /** A manual order paid with {@code paymentMethod} (a code such as CREDIT_CARD, BANK_TRANSFER, NP_ATOBARAI). */
    public long create(String paymentMethod) {
        return create(paymentMethod, "150-0002", "東京都", "customer-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com");
    }

    /** A 150-0002 in 大阪府 raises an address error, so the order stops at 確認待. */
    public long createWithAddressError(String paymentMethod) {
        return create(paymentMethod, "150-0002", "大阪府", "customer-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com");
    }

    public long create(String paymentMethod, String postalCode, String prefecture, String email) {
        Map<String, Object> line = new HashMap<>();
        line.put("itemNumber", "P-001");
        line.put("itemName", "国産はちみつ 500g");
        line.put("unitPrice", 2160);
        line.put("quantity", 1);
        line.put("taxRate", 8);
        Map<String, Object> recipient = person(postalCode, prefecture);
        Map<String, Object> shipment = new HashMap<>();
        shipment.put("recipient", recipient);
        shipment.put("deliveryMethod", "YAMATO_TAKKYUBIN");
        shipment.put("shippingFee", 600);
        shipment.put("lines", List.of(line));
        Map<String, Object> order = new HashMap<>();
        order.put("shop", shopCode);
        order.put("orderer", person(postalCode, prefecture));
        order.put("email", email);
        order.put("paymentMethod", paymentMethod);
        order.put("shipments", List.of(shipment));
        ApiClient.Response created = api.post("/api/orders", order);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("id").asLong();
    }

    private static Map<String, Object> person(String postalCode, String prefecture) {
        Map<String, Object> person = new HashMap<>();
        person.put("name", "工程 太郎");
        person.put("kana", "コウテイ タロウ");
        person.put("postalCode", postalCode);
        person.put("prefecture", prefecture);
        person.put("address1", "渋谷区渋谷1-2-3");
        person.put("phone", "03-1234-5678");
        return person;
    }

    public JsonNode order(long orderId) {
        return api.get("/api/orders/" + orderId).json();
    }

    public String status(long orderId) {
        return order(orderId).path("status").asText();
    }

    /** Waits until the order has {@code status} (the English name, e.g. READY_TO_SHIP). */
    public JsonNode awaitStatus(long orderId, String status) {
        return await(() -> "受注 " + orderId + " が " + status + " になる; " + describe(orderId), () -> {
            JsonNode order = order(orderId);
            return status.equals(order.path("status").asText()) ? order : null;
        });
    }

    /** Waits for the one open user task of {@code type} on the order. */
    public JsonNode awaitTask(long orderId, String type) {
        return await(() -> "受注 " + orderId + " のタスク " + type + "; " + describe(orderId), () -> {
            JsonNode tasks = api.get("/api/tasks?orderId=" + orderId + "&type=" + type).json();
            return tasks.size() == 1 ? tasks.get(0) : null;
        });
    }

    public JsonNode tasks(long orderId) {
        return api.get("/api/tasks?orderId=" + orderId).json();
    }

    public ApiClient.Response completeTask(JsonNode task, Map<String, Object> variables) {
        return api.post("/api/tasks/" + task.path("key").asText() + "/complete", variables);
    }

    /** Waits until the timeline shows {@code elementName} entered (e.g. 出荷指示). */
    public JsonNode awaitStep(long orderId, String elementName) {
        return awaitTimeline(orderId, entries -> contains(entries, elementName));
    }

    /**
     * Creates an order (with {@code create}) while 自動処理設定 has the given 受注進捗遷移 mode, waits until its checks ran and
     * it is 確認待, then puts the settings back.
     */
    public long createInProgressMode(String mode, LongSupplier create) {
        JsonNode original = api.get("/api/automation-settings").json();
        Map<String, Object> changed = JSON.convertValue(original, new TypeReference<>() { });
        changed.put("progressMode", mode);
        assertThat(api.put("/api/automation-settings", changed).status()).isEqualTo(200);
        try {
            long id = create.getAsLong();
            awaitTimeline(id, entries -> entries.toString().contains("受注チェック"));
            awaitStatus(id, "REVIEW");
            return id;
        } finally {
            api.put("/api/automation-settings", JSON.convertValue(original, new TypeReference<Map<String, Object>>() { }));
        }
    }

    public JsonNode awaitTimeline(long orderId, Predicate<JsonNode> done) {
        return await(() -> "受注 " + orderId + " のタイムライン; " + describe(orderId), () -> {
            JsonNode entries = api.get("/api/orders/" + orderId + "/timeline").json();
            return done.test(entries) ? entries : null;
        });
    }

    private static boolean contains(JsonNode entries, String title) {
        for (JsonNode entry : entries) {
            if ("PROCESS".equals(entry.path("kind").asText()) && title.equals(entry.path("title").asText())) {
                return true;
            }
        }
        return false;
    }

    /** Where the order is, for a failed wait: status, open tasks, open incidents and the timeline. */
    public String describe(long orderId) {
        return describe(api, orderId);
    }

    public static String describe(ApiClient api, long orderId) {
        StringBuilder text = new StringBuilder("status=").append(api.get("/api/orders/" + orderId).json().path("status").asText())
                .append(" tasks=").append(api.get("/api/tasks?orderId=" + orderId).json().findValuesAsText("type"));
        for (JsonNode incident : api.get("/api/incidents").json()) {
            if (incident.path("orderId").asLong() == orderId) {
                text.append(" incident=").append(incident.path("elementId").asText()).append(": ")
                        .append(incident.path("errorMessage").asText());
            }
        }
        text.append(" timeline=");
        for (JsonNode entry : api.get("/api/orders/" + orderId + "/timeline").json()) {
            text.append("\n  ").append(entry.path("kind").asText()).append(' ').append(entry.path("title").asText())
                    .append(' ').append(entry.path("state").asText()).append(' ').append(entry.path("detail").asText());
        }
        return text.toString();
    }

    /** Polls {@code probe} until it returns non-null. */
    /** Waits until the job a 202 answer names has finished (SUCCEEDED, PARTIAL or FAILED) and returns it. */
    public static JsonNode awaitJob(ApiClient api, ApiClient.Response submitted) {
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(202);
        long id = submitted.json().path("jobId").asLong();
        return await("ジョブ " + id + " の終了", () -> {
            JsonNode job = api.get("/api/jobs/" + id).json();
            return List.of("SUCCEEDED", "PARTIAL", "FAILED").contains(job.path("state").asText()) ? job : null;
        });
    }

    public static <T> T await(String what, java.util.function.Supplier<T> probe) {
        return await(() -> what, probe);
    }

    /** Polls {@code probe} until it returns non-null; {@code what} is described only when the wait fails. */
    public static <T> T await(java.util.function.Supplier<String> what, java.util.function.Supplier<T> probe) {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (true) {
            T value = probe.get();
            if (value != null) {
                return value;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("待ち時間切れ: " + what.get());
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
