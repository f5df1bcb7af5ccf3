package jp.juchu.order;

import jp.juchu.support.ProcessTestOrders;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import jp.juchu.core.Mall;
import jp.juchu.shop.ShopManagement;
import jp.juchu.shop.ShopRef;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Orders of a fresh shop for the list/detail/fix tests, with valid addresses unless a test says otherwise. */
@Component
class SearchTestData {

    final OrderBook book;
    final ShopManagement shops;
    final OrderRepository orders;
    final TransactionTemplate tx;

    SearchTestData(OrderBook book, ShopManagement shops, OrderRepository orders, TransactionTemplate tx) {
        this.book = book;
        this.shops = shops;
        this.orders = orders;
        this.tx = tx;
    }

    ShopRef shop() {
        return shops.register(Mall.RAKUTEN, "検索テスト店 " + UUID.randomUUID(), "検索");
    }

    static String number() {
        return "T-" + UUID.randomUUID().toString().substring(0, 13);
    }

    static Contact contact(String name, String kana, String postal, String prefecture, String phone) {
        return new Contact(name, kana, postal, prefecture, "渋谷区渋谷1-2-3", "渋谷ビル4F", phone);
    }

    static OrderDetails details(String number, Instant orderedAt, Contact orderer, String email, Contact recipient,
                                String paymentCode, String paymentRaw) {
        LineDetails line = new LineDetails("item-1", "A-001", "有機りんごジュース 1L", null, 1200, 2, 8);
        ShipmentDetails shipment = new ShipmentDetails("1", recipient, "YAMATO_TAKKYUBIN", "宅配便", null, null, null,
                600, 0, 2400, List.of(line));
        return new OrderDetails(number, OrderSource.CSV, orderedAt, "発送待ち", orderer, email, paymentCode, paymentRaw,
                paymentCode == null ? null : "CARD", new OrderAmounts(2400, 177, 0, 600, 0, 0, 0, 0, 0, 3000),
                false, null, null, null, false, null, false, List.of(shipment));
    }

    /**
     * A card order, returned once its process has run the checks and moved it on from 新規受付 (to 出荷待, or 確認待
     * when a check flags it), so tests that move or inspect it do not race with the process.
     */
    long order(ShopRef shop, String number, Instant orderedAt, Contact orderer, String email) {
        long id = book.register(shop.id(), details(number, orderedAt, orderer, email,
                contact("受取 花子", "ウケトリ ハナコ", "150-0002", "東京都", "03-1111-2222"), "CREDIT_CARD", "クレジットカード"), "test")
                .orderId();
        ProcessTestOrders.await("受注 " + id + " のチェック", () -> book.require(id).getStatus() != OrderStatus.NEW ? id : null);
        return id;
    }

    long simpleOrder(ShopRef shop, Instant orderedAt) {
        return order(shop, number(), orderedAt, contact("受注 太郎", "ジュチュウ タロウ", "150-0002", "東京都", "03-1234-5678"),
                "taro@example.com");
    }

    void tag(long orderId, String tag) {
        tx.executeWithoutResult(s -> orders.findById(orderId).orElseThrow().tag(tag, Instant.now()));
    }
}
