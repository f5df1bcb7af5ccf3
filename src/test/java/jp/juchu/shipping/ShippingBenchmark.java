package jp.juchu.shipping;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.juchu.support.ApiClient;
import jp.juchu.support.IntegrationTest;
import jp.juchu.support.ProcessTestOrders;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Not part of the suite (no IT/Test suffix): N 出荷待 orders (inserted with JDBC, so no processes run) are exported to
 * B2クラウド through the real job, then N tracking rows (the B2 result of that file) are imported. Prints the job
 * durations (start → finish, as スケジュール一覧 shows them). See bench/README.md.
 */
@IntegrationTest
class ShippingBenchmark {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void exportAndImport() throws Exception {
        int n = Integer.getInteger("bench.orders", 10_000);
        int warmup = Integer.getInteger("bench.warmup", 4_000);
        if (warmup > 0) {
            Round first = round(warmup);
            System.out.printf("BENCH shipping warm-up orders=%d export job=%d ms import job=%d ms (first run of the JVM)%n", warmup,
                    first.exportMillis(), first.importMillis());
        }
        Round measured = round(n);
        System.out.printf("BENCH shipping export orders=%d job=%d ms (%.0f orders/s) file=%d bytes; then every 出荷指示 message "
                + "published after %d ms%n", n, measured.exportMillis(), n * 1000.0 / measured.exportMillis(), measured.fileBytes(),
                measured.exportDrainMillis());
        System.out.printf("BENCH shipping import rows=%d job=%d ms (%.0f rows/s); then every 出荷確定 message published after %d ms%n",
                n, measured.importMillis(), n * 1000.0 / measured.importMillis(), measured.importDrainMillis());
        System.out.println("BENCH shipping export phases: " + measured.exportMessage());
        System.out.println("BENCH shipping import phases: " + measured.importMessage());
    }

    private record Round(long exportMillis, long exportDrainMillis, long importMillis, long importDrainMillis, int fileBytes,
                         String exportMessage, String importMessage) {
    }

    /**
     * Exports N new orders of a new shop and imports their B2 result. Each job starts once the previous one's process
     * messages are all published, so a job does not share the cores with the one before it.
     */
    private Round round(int n) throws Exception {
        ProcessTestOrders orders = new ProcessTestOrders(port);
        ApiClient api = orders.api();
        ShippingTestSetup.prepare(api);
        long shopId = jdbc.queryForObject("SELECT id FROM shop WHERE code = ?", Long.class, orders.shopCode());
        insertReadyOrders(shopId, n);

        JsonNode export = finished(api, api.post("/api/shipping/exports", Map.of("format", "B2", "filter", Map.of("shop", orders.shopCode()))));
        long exportDrain = drained(export);
        assertThat(export.path("imported").asInt()).as(export.toString()).isEqualTo(n);
        String name = export.path("files").get(0).path("name").asText();
        String file = new String(api.getBytes("/api/jobs/" + export.path("id").asLong() + "/files/" + name), ShippingTestSetup.MS932);
        List<String> numbers = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            numbers.add(ShippingTestSetup.trackingNumber());
        }
        byte[] result = ShippingTestSetup.b2Result(file, numbers);

        JsonNode confirm = finished(api, api.postMultipart("/api/shipping/confirmations", Map.of("format", "B2"), "file", "b2.csv", result));
        long importDrain = drained(confirm);
        assertThat(confirm.path("imported").asInt()).as(confirm.toString()).isEqualTo(n);
        return new Round(jobMillis(export), exportDrain, jobMillis(confirm), importDrain, file.length(),
                export.path("message").asText(), confirm.path("message").asText());
    }

    /** Milliseconds from the job's start until no event publication is left incomplete (every process message sent). */
    private long drained(JsonNode job) {
        long deadline = System.currentTimeMillis() + 600_000;
        while (jdbc.queryForObject("SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE COMPLETION_DATE IS NULL", Integer.class) > 0) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("process messages were not all published");
            }
            sleep();
        }
        return Duration.between(Instant.parse(job.path("startedAt").asText()), Instant.now()).toMillis();
    }

    private static long jobMillis(JsonNode job) {
        return Duration.between(Instant.parse(job.path("startedAt").asText()), Instant.parse(job.path("finishedAt").asText())).toMillis();
    }

    private static JsonNode finished(ApiClient api, ApiClient.Response submitted) {
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(202);
        long id = submitted.json().path("jobId").asLong();
        long deadline = System.currentTimeMillis() + 600_000;
        while (System.currentTimeMillis() < deadline) {
            JsonNode job = api.get("/api/jobs/" + id).json();
            if (List.of("SUCCEEDED", "PARTIAL", "FAILED").contains(job.path("state").asText())) {
                return job;
            }
            sleep();
        }
        throw new AssertionError("job " + id + " did not finish");
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Takes {@code n} keys of the table from {@code id_block}, where the application takes its keys, and returns the first. */
    private long reserveKeys(String table, int n) {
        return transactions.execute(status -> {
            Long next = jdbc.queryForObject("SELECT next_val FROM id_block WHERE name = ? FOR UPDATE", Long.class, table);
            jdbc.update("UPDATE id_block SET next_val = ? WHERE name = ?", next + n, table);
            return next;
        });
    }

    private void insertReadyOrders(long shopId, int n) {
        Timestamp now = Timestamp.from(Instant.now());
        long firstOrder = reserveKeys("sales_order", n);
        long firstShipment = reserveKeys("order_shipment", n);
        long firstLine = reserveKeys("order_line", n);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(new Object[] {firstOrder + i, shopId, "B-" + shopId + "-" + i, now, "ベンチ 太郎" + i, "150-0002", "東京都",
                    "渋谷区渋谷1-2-" + i, "マンション" + (i % 100) + "号", "03-1234-5678", now, now});
        }
        jdbc.batchUpdate("""
                INSERT INTO sales_order (id, shop_id, mall_order_number, source, ordered_at, status, manual_progress, orderer_name,
                  orderer_postal_code, orderer_prefecture, orderer_address1, orderer_address2, orderer_phone, payment_method_code,
                  payment_method_raw, payment_category, goods_total, tax_8, tax_10, shipping_fee, cod_fee, wrapping_fee, points_used,
                  coupon_shop, coupon_mall, billed_total, gift_requested, mall_confirming, remote_island, created_at, updated_at, version)
                VALUES (?, ?, ?, 'MANUAL', ?, 'READY_TO_SHIP', FALSE, ?, ?, ?, ?, ?, ?, 'CREDIT_CARD', 'クレジットカード', 'CARD',
                  2160, 160, 0, 600, 0, 0, 0, 0, 0, 2760, FALSE, FALSE, FALSE, ?, ?, 0)""", rows);
        List<Object[]> shipments = jdbc.query("SELECT id, orderer_name, orderer_address1, orderer_address2 FROM sales_order WHERE shop_id = ?",
                (rs, i) -> new Object[] {firstShipment + i, rs.getLong(1), rs.getString(2), "150-0002", "東京都", rs.getString(3),
                        rs.getString(4), "03-1234-5678"}, shopId);
        jdbc.batchUpdate("""
                INSERT INTO order_shipment (id, order_id, seq, recipient_name, postal_code, prefecture, address1, address2, phone,
                  delivery_method_code, shipping_fee, cod_fee, goods_total)
                VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?, 'YAMATO_TAKKYUBIN', 600, 0, 2160)""", shipments);
        List<Object[]> lines = jdbc.query("""
                SELECT s.id FROM order_shipment s JOIN sales_order o ON o.id = s.order_id WHERE o.shop_id = ?""",
                (rs, i) -> new Object[] {firstLine + i, rs.getLong(1)}, shopId);
        jdbc.batchUpdate("""
                INSERT INTO order_line (id, shipment_id, seq, item_number, item_name, unit_price, quantity, tax_rate)
                VALUES (?, ?, 1, 'P-001', '国産はちみつ 500g', 2160, 1, 8)""", lines);
    }
}
