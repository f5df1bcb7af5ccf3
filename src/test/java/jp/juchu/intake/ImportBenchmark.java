package jp.juchu.intake;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import jp.juchu.core.Mall;
import jp.juchu.intake.ImportTestSupport.Part;
import jp.juchu.intake.csv.RakutenCsvGenerator;
import jp.juchu.shop.DeliverySettings;
import jp.juchu.shop.DemoData;
import jp.juchu.shop.PaymentSettings;
import jp.juchu.shop.ShopManagement;
import jp.juchu.shop.ShopRef;
import jp.juchu.support.ApiClient;
import jp.juchu.support.IntegrationTest;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Benchmark, not part of the suite (no *IT/*Test suffix): imports a generated 楽天 file of N orders
 * (default 10,000; {@code -DargLine=-Dbench.orders=100000}) through the real import job and prints
 * orders/s and peak heap, beside the raw Commons CSV parse rate and a raw JDBC batch-insert rate of the
 * same number of rows in the same run. See bench/README.md.
 */
@IntegrationTest
class ImportBenchmark {

    @LocalServerPort
    int port;

    @Autowired
    ShopManagement shopManagement;

    @Autowired
    DemoData demoData;

    @Autowired
    PaymentSettings paymentSettings;

    @Autowired
    DeliverySettings deliverySettings;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void importGeneratedRakutenFile() throws Exception {
        int orders = Integer.getInteger("bench.orders", 10_000);
        Path file = Files.createTempFile("rakuten-import-bench", ".csv");
        List<RakutenCsvGenerator.Order> generated = new ArrayList<>(orders);
        for (int i = 0; i < orders; i++) {
            generated.add(RakutenCsvGenerator.simpleOrder(i, 1));
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            RakutenCsvGenerator.write(generated, out, RakutenCsvGenerator.HEADER, UnaryOperator.identity());
        }
        generated.clear();

        double parseRate = rawParse(file);
        double insertRate = rawInsert(orders);

        ShopRef shop = ImportTestSupport.shopWithDemoMappings(Mall.RAKUTEN, shopManagement, demoData, paymentSettings, deliverySettings);
        System.gc();
        resetPeaks();
        long start = System.nanoTime();
        ApiClient.Response accepted = ImportTestSupport.upload(port, "/api/shops/" + shop.code() + "/order-imports",
                Part.file("file", "bench.csv", Files.readAllBytes(file)));
        long jobId = accepted.json().path("jobId").asLong();
        ApiClient api = ApiClient.admin(port);
        JsonNode job = await().atMost(Duration.ofMinutes(60)).pollInterval(Duration.ofSeconds(1))
                .until(() -> api.get("/api/jobs/" + jobId).json(),
                        j -> List.of("SUCCEEDED", "PARTIAL", "FAILED").contains(j.path("state").asText()));
        double seconds = (System.nanoTime() - start) / 1e9;
        int startedAtJobEnd = startedProcesses();
        System.out.printf("BENCH import orders=%d state=%s imported=%d seconds=%.1f orders/s=%.0f peakHeapMB=%d"
                        + " | raw CSV parse rows/s=%.0f | raw JDBC batch insert rows/s=%.0f%n",
                orders, job.path("state").asText(), job.path("imported").asInt(), seconds, orders / seconds,
                peakHeap() / (1024 * 1024), parseRate, insertRate);
        // the processes start behind the import (one chunk event per 100 orders): how far behind they are
        await().atMost(Duration.ofMinutes(60)).pollInterval(Duration.ofSeconds(1)).until(() -> startedProcesses() >= orders);
        double untilStarted = (System.nanoTime() - start) / 1e9;
        System.out.printf("BENCH processes started at job end=%d, all %d started after %.1f s (%.0f orders/s from upload)%n",
                startedAtJobEnd, orders, untilStarted, orders / untilStarted);
        Files.delete(file);
    }

    private int startedProcesses() {
        Integer started = jdbc.queryForObject("SELECT COUNT(*) FROM order_process_instance WHERE process_instance_key IS NOT NULL",
                Integer.class);
        return started == null ? 0 : started;
    }

    private static double rawParse(Path file) throws Exception {
        long start = System.nanoTime();
        long rows = 0;
        try (Reader reader = new InputStreamReader(Files.newInputStream(file), RakutenCsvGenerator.WINDOWS_31J);
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            for (CSVRecord record : parser) {
                rows += record.size() > 0 ? 1 : 0;
            }
        }
        return rows / ((System.nanoTime() - start) / 1e9);
    }

    private double rawInsert(int rows) {
        jdbc.execute("CREATE TABLE IF NOT EXISTS bench_raw_order (id BIGINT AUTO_INCREMENT PRIMARY KEY, number VARCHAR(64),"
                + " ordered_at TIMESTAMP(6), name VARCHAR(100), postal_code VARCHAR(8), address VARCHAR(200), amount BIGINT,"
                + " item_name VARCHAR(400), quantity INT)");
        long start = System.nanoTime();
        transactions.executeWithoutResult(status -> {
            List<Object[]> batch = new ArrayList<>();
            for (int i = 0; i < rows; i++) {
                batch.add(new Object[] {"bench-" + i, Timestamp.from(Instant.now()), "山﨑 太郎", "150-0002", "東京都渋谷区渋谷1-2-3",
                        1000L + i, "商品「テスト」, 髙品質", 1});
                if (batch.size() == 500 || i == rows - 1) {
                    jdbc.batchUpdate("INSERT INTO bench_raw_order (number, ordered_at, name, postal_code, address, amount, item_name,"
                            + " quantity) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", batch);
                    batch.clear();
                }
            }
        });
        double rate = rows / ((System.nanoTime() - start) / 1e9);
        jdbc.execute("DROP TABLE bench_raw_order");
        return rate;
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }
}
