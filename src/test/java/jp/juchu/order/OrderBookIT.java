package jp.juchu.order;

import static jp.juchu.order.OrderFixtures.details;
import static jp.juchu.order.OrderFixtures.line;
import static jp.juchu.order.OrderFixtures.shipment;
import static jp.juchu.order.OrderFixtures.simple;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import jp.juchu.core.Mall;
import jp.juchu.shop.ShopDirectory;
import jp.juchu.shop.ShopManagement;
import jp.juchu.support.ApiClient;
import org.springframework.boot.test.web.server.LocalServerPort;
import jp.juchu.support.IntegrationTest;
import jp.juchu.support.ProcessTestOrders;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class OrderBookIT {

    @Autowired
    OrderBook book;

    @Autowired
    ShopManagement shops;

    @Autowired
    RecordedOrderEvents registeredOrders;

    @Autowired
    ShopDirectory shopDirectory;

    @LocalServerPort
    int port;

    long shopId;

    @BeforeEach
    void shop() {
        shopId = shops.register(Mall.RAKUTEN, "テスト店 " + UUID.randomUUID(), "テスト").id();
    }

    @Test
    void registersOnceAndRecognisesTheSameOrderAgain() {
        String number = "100000-20261120-" + UUID.randomUUID().toString().substring(0, 8);
        Registration first = book.register(shopId, simple(number), "admin");
        Registration again = book.register(shopId, simple(number), "admin");

        assertThat(first.outcome()).isEqualTo(Registration.Outcome.REGISTERED);
        assertThat(again).isEqualTo(new Registration(first.orderId(), Registration.Outcome.UNCHANGED));
        assertThat(registeredOrders.received).contains(new OrderRegistered(first.orderId(), shopId, number));
        assertThat(registeredOrders.received).filteredOn(e -> e.mallOrderNumber().equals(number)).hasSize(1);
    }

    @Test
    void keepsEverythingTheMallSaid() {
        String number = "R-" + UUID.randomUUID();
        long id = book.register(shopId, details(number, "発送待ち",
                shipment("送付先A", line("商品A", 1000, 1)), shipment("送付先B", line("商品B", 500, 3), line("商品C", 200, 1))), "admin").orderId();

        Order order = book.require(id);
        assertThat(order.getShipments()).hasSize(2);
        assertThat(order.getShipments().get(1).getLines()).extracting(OrderLine::getItemName).containsExactly("商品B", "商品C");
        assertThat(order.getComments()).isEqualTo("配達前に電話してください\n不在時は宅配ボックスへ");
        assertThat(order.getAmounts().billedTotal()).isEqualTo(1000 + 1500 + 200 + 600 - 100);
        assertThat(order.getOrderer().postalCode()).isEqualTo("150-0002");
        assertThat(registrationHistory(id)).containsExactly("登録");
    }

    @Test
    void aChangedMallOrderIsUpdatedAndNoted() {
        String number = "R-" + UUID.randomUUID();
        long id = book.register(shopId, simple(number), "admin").orderId();

        Registration update = book.register(shopId, details(number, "発送待ち", shipment("新住所", line("商品A", 1000, 2))), "admin");

        assertThat(update.outcome()).isEqualTo(Registration.Outcome.UPDATED);
        assertThat(book.require(id).getShipments().get(0).getRecipient().name()).isEqualTo("新住所");
        assertThat(registrationHistory(id)).containsExactly("登録", "モール更新");
    }

    /** The history lines registration writes; the order's process adds its own (チェック, 進捗) at the same time. */
    private List<String> registrationHistory(long id) {
        return book.history(id).stream().map(OrderHistoryEntry::getKind).filter(kind -> kind.equals("登録") || kind.equals("モール更新")).toList();
    }

    @Test
    void flagsAndStatusSurviveAReload() {
        long id = book.register(shopId, simple("R-" + UUID.randomUUID()), "admin").orderId();
        // the order's process runs the real checks once and then moves it on: let that settle first, or it replaces
        // the flags this test sets
        ProcessTestOrders.await("受注 " + id + " のプロセスによるチェック",
                () -> book.require(id).getStatus() != OrderStatus.NEW ? true : null);

        boolean review = book.applyChecks(id, Set.of(CheckFlag.ADDRESS_ERROR, CheckFlag.REMOTE_ISLAND),
                Map.of(CheckFlag.ADDRESS_ERROR, "郵便番号 150-0002 は東京都ですが、住所は大阪府です", CheckFlag.REMOTE_ISLAND, "離島"));
        book.moveTo(id, OrderStatus.REVIEW);

        Order order = book.require(id);
        assertThat(review).isTrue();
        assertThat(order.getStatus()).isEqualTo(OrderStatus.REVIEW);
        assertThat(order.getFlags()).extracting(RaisedFlag::reason).contains("郵便番号 150-0002 は東京都ですが、住所は大阪府です");

        book.resolveFlag(id, CheckFlag.ADDRESS_ERROR);
        assertThat(book.require(id).getFlagKinds()).contains(CheckFlag.REMOTE_ISLAND).doesNotContain(CheckFlag.ADDRESS_ERROR);
    }

    @Test
    void ordersOfDifferentShopsMayShareANumber() {
        long otherShop = shops.register(Mall.YAHOO, "別店 " + UUID.randomUUID(), "別店").id();
        String number = "SAME-" + UUID.randomUUID();
        long a = book.register(shopId, simple(number), "admin").orderId();
        long b = book.register(otherShop, simple(number), "admin").orderId();
        assertThat(a).isNotEqualTo(b);
    }

    @Test
    void aShopWithOrdersCannotBeDeleted() {
        String code = shopDirectory.findById(shopId).orElseThrow().code();
        book.register(shopId, simple("R-" + UUID.randomUUID()), "admin");

        ApiClient.Response response = ApiClient.admin(port).delete("/api/shops/" + code);

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.json().path("message").asText()).contains("受注が1件あるため削除できません");
        assertThat(shopDirectory.find(code)).isPresent();
    }
}
