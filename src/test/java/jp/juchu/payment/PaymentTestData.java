package jp.juchu.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.juchu.core.Mall;
import jp.juchu.order.OrderBook;
import jp.juchu.order.OrderStatus;
import jp.juchu.shop.ShopManagement;
import jp.juchu.shop.ShopRef;
import jp.juchu.support.ApiClient;
import org.springframework.stereotype.Component;

/**
 * Orders for the payment tests, entered through POST /api/orders like an operator would. The order process
 * may move them on its own; {@link #awaitStatus} waits for a status and sets it when nothing else does.
 */
@Component
class PaymentTestData {

    final OrderBook book;
    final ShopManagement shops;

    PaymentTestData(OrderBook book, ShopManagement shops) {
        this.book = book;
        this.shops = shops;
    }

    ShopRef shop() {
        return shops.register(Mall.RAKUTEN, "入金テスト店 " + UUID.randomUUID(), "入金");
    }

    static Map<String, Object> person(String name, String kana, String postalCode, String prefecture, String address, String phone) {
        Map<String, Object> person = new HashMap<>();
        person.put("name", name);
        person.put("kana", kana);
        person.put("postalCode", postalCode);
        person.put("prefecture", prefecture);
        person.put("address1", address);
        person.put("phone", phone);
        return person;
    }

    /** A manual order of 1080 × 2 + 540 + 送料 600 = 3,300円 with the given 支払方法 code. */
    long order(ApiClient api, ShopRef shop, String paymentMethod, String ordererName) {
        return order(api, shop, paymentMethod, ordererName, "YAMATO_TAKKYUBIN");
    }

    /** The same order sent with the given 配送方法 code. */
    long order(ApiClient api, ShopRef shop, String paymentMethod, String ordererName, String deliveryMethod) {
        Map<String, Object> line1 = Map.of("itemNumber", "A-001", "itemName", "有機りんごジュース 1L", "unitPrice", 1080, "quantity", 2, "taxRate", 8);
        Map<String, Object> line2 = Map.of("itemNumber", "B-002", "itemName", "ぶどうジュース", "unitPrice", 540, "quantity", 1, "taxRate", 8);
        Map<String, Object> shipment = new HashMap<>();
        shipment.put("recipient", person("受取 花子", "ウケトリ ハナコ", "150-0002", "東京都", "渋谷区渋谷２－２－２", "090-1111-2222"));
        shipment.put("deliveryMethod", deliveryMethod);
        shipment.put("shippingFee", 600);
        shipment.put("lines", List.of(line1, line2));
        Map<String, Object> order = new HashMap<>();
        order.put("shop", shop.code());
        order.put("orderer", person(ordererName, "ジュチュウ タロウ", "150-0002", "東京都", "渋谷区渋谷１－２－３", "03-1234-5678"));
        order.put("email", "taro@example.com");
        order.put("paymentMethod", paymentMethod);
        order.put("shipments", List.of(shipment));
        ApiClient.Response created = api.post("/api/orders", order);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("id").asLong();
    }

    /**
     * Waits up to 20 s for the order to reach {@code target}; when no process moves it within a moment, moves it
     * there itself (retrying when a concurrent move of the process gets in the way).
     */
    void awaitStatus(long orderId, OrderStatus target) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        Instant moveFrom = Instant.now().plus(Duration.ofSeconds(2));
        while (book.require(orderId).getStatus() != target) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("order " + orderId + " did not reach " + target + " but is " + book.require(orderId).getStatus());
            }
            if (Instant.now().isAfter(moveFrom)) {
                try {
                    book.moveTo(orderId, target);
                } catch (RuntimeException concurrentMove) {
                    // the process moved it meanwhile: look again
                }
            }
            pause();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
