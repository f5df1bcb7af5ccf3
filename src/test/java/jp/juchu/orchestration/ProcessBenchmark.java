package jp.juchu.orchestration;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import jp.juchu.core.Mall;
import jp.juchu.order.Contact;
import jp.juchu.order.LineDetails;
import jp.juchu.order.OrderAmounts;
import jp.juchu.order.OrderBook;
import jp.juchu.order.OrderDetails;
import jp.juchu.order.OrderHistoryEntry;
import jp.juchu.order.OrderSource;
import jp.juchu.order.OrderStatus;
import jp.juchu.order.ShipmentDetails;
import jp.juchu.shop.ShopManagement;
import jp.juchu.shop.ShopRef;
import jp.juchu.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Not part of the suite (no *IT/*Test suffix; run as described in bench/README.md): registers N card orders at
 * once, as an import does, and measures how fast the real workers on the engine take them to 出荷待 (受注チェック,
 * 出荷待へ, 注文サンクスメール: three jobs per order) — orders per second and the registration → 出荷待 latency.
 */
@IntegrationTest
class ProcessBenchmark {

    private static final int ORDERS = Integer.getInteger("bench.orders", 200);

    @Autowired
    OrderBook book;

    @Autowired
    ShopManagement shops;

    @Test
    void cardOrdersToReadyToShip() throws InterruptedException {
        ShopRef shop = shops.register(Mall.MAKESHOP, "性能試験店 " + UUID.randomUUID(), "性能");
        List<Long> ids = new ArrayList<>();
        Instant start = Instant.now();
        for (int i = 0; i < ORDERS; i++) {
            ids.add(book.register(shop.id(), order("B-" + UUID.randomUUID().toString().substring(0, 12)), "bench").orderId());
        }
        Instant registered = Instant.now();
        while (ids.stream().anyMatch(id -> book.require(id).getStatus() != OrderStatus.READY_TO_SHIP)) {
            if (Duration.between(start, Instant.now()).toMinutes() > 30) {
                throw new AssertionError("not all orders reached 出荷待 in 30 minutes");
            }
            Thread.sleep(200);
        }
        Instant done = Instant.now();
        List<Long> latencies = new ArrayList<>();
        for (long id : ids) {
            Instant created = book.require(id).getCreatedAt();
            book.history(id).stream().filter(h -> h.getText().endsWith("出荷待")).map(OrderHistoryEntry::getOccurredAt).findFirst()
                    .ifPresent(at -> latencies.add(Duration.between(created, at).toMillis()));
        }
        latencies.sort(Long::compare);
        double seconds = Duration.between(start, done).toMillis() / 1000.0;
        System.out.printf("BENCH process: %d card orders registered in %.1f s, all at 出荷待 after %.1f s = %.1f orders/s "
                        + "(%.1f jobs/s); latency p50 %d ms, p95 %d ms%n", ORDERS,
                Duration.between(start, registered).toMillis() / 1000.0, seconds, ORDERS / seconds, 3 * ORDERS / seconds,
                latencies.get(latencies.size() / 2), latencies.get((int) (latencies.size() * 0.95)));
    }

    private static OrderDetails order(String number) {
        Contact person = new Contact("性能 太郎", "セイノウ タロウ", "150-0002", "東京都", "渋谷区渋谷1-2-3", null, "0312345678");
        ShipmentDetails shipment = new ShipmentDetails("1", person, "YAMATO_TAKKYUBIN", "宅配便", null, null, null, 600, 0, 2160,
                List.of(new LineDetails("item-1", "B-001", "国産はちみつ 500g", null, 2160, 1, 8)));
        return new OrderDetails(number, OrderSource.CSV, Instant.now(), "発送待ち", person, "bench@example.com", "CREDIT_CARD",
                "クレジットカード", "CARD", new OrderAmounts(2160, 160, 0, 600, 0, 0, 0, 0, 0, 2760), false, null, null, null,
                false, null, false, List.of(shipment));
    }
}
