package jp.juchu.order;

import static jp.juchu.order.BundleTestOrders.body;
import static jp.juchu.order.BundleTestOrders.line;
import static jp.juchu.order.BundleTestOrders.orderer;
import static jp.juchu.order.BundleTestOrders.ordererTypedDifferently;
import static jp.juchu.order.BundleTestOrders.person;
import static jp.juchu.order.BundleTestOrders.recipient;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.juchu.shop.ShopRef;
import jp.juchu.support.ApiClient;
import jp.juchu.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class OrderBundlingIT {

    @LocalServerPort
    int port;

    @Autowired
    SearchTestData data;

    @Autowired
    OrderBook book;

    @Autowired
    OrderBundling bundling;

    @Autowired
    TestBundlingVeto veto;

    @Autowired
    RecordedBundleEvents events;

    ShopRef shop;
    ApiClient api;
    BundleTestOrders orders;

    @BeforeEach
    void shop() {
        shop = data.shop();
        api = ApiClient.admin(port);
        orders = new BundleTestOrders(api, shop.code());
    }

    private JsonNode order(long id) {
        return api.get("/api/orders/" + id).json();
    }

    private List<Long> candidateIds(long id) {
        ApiClient.Response response = api.get("/api/orders/" + id + "/bundle-candidates");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        List<Long> ids = new ArrayList<>();
        response.json().path("candidates").forEach(c -> ids.add(c.path("orderId").asLong()));
        return ids;
    }

    private ApiClient.Response bundle(long parentId, Long... childIds) {
        return api.post("/api/orders/bundle", Map.of("parentId", parentId, "childIds", List.of(childIds)));
    }

    @Test
    void findsTheOrdersOfTheSamePeopleAndPaymentWrittenDifferentlyAndNoOthers() {
        long first = orders.create("2026-11-01T10:00", line("りんご", 1000, 1));
        long sameTypedDifferently = orders.create(body("2026-11-02T10:00", ordererTypedDifferently(), recipient(), "COD",
                List.of(line("みかん", 500, 2))));
        long otherPhone = orders.create(body("2026-11-03T10:00", person("同梱 太郎", "渋谷区渋谷1-2-3", "渋谷ビル4F", "090-9999-0000"),
                recipient(), "COD", List.of(line("ぶどう", 800, 1))));
        long otherRecipient = orders.create(body("2026-11-03T11:00", orderer(), person("同梱 花子", "渋谷区神南1-1-2", null, "03-1111-2222"),
                "COD", List.of(line("なし", 700, 1))));
        long otherPayment = orders.create(body("2026-11-04T10:00", orderer(), recipient(), "CREDIT_CARD",
                List.of(line("もも", 900, 1))));
        long otherShop = new BundleTestOrders(api, data.shop().code()).create("2026-11-01T09:00", line("りんご", 1000, 1));

        assertThat(candidateIds(first)).containsExactly(sameTypedDifferently);
        assertThat(candidateIds(sameTypedDifferently)).containsExactly(first);
        assertThat(candidateIds(otherPhone)).isEmpty();
        assertThat(candidateIds(otherRecipient)).isEmpty();
        assertThat(candidateIds(otherPayment)).isEmpty();
        assertThat(candidateIds(otherShop)).isEmpty();
        JsonNode listed = api.get("/api/orders/" + first + "/bundle-candidates").json();
        assertThat(listed.path("bundlable").asBoolean()).isTrue();
        assertThat(listed.path("candidates").get(0).path("mallOrderNumber").asText())
                .isEqualTo(order(sameTypedDifferently).path("mallOrderNumber").asText());
    }

    @Test
    void bundlesChildrenIntoTheParentWithTheirLinesAmountsAndHistory() {
        long parent = orders.create(body("2026-11-01T10:00", orderer(), recipient(), "COD",
                List.of(line("りんご", 1000, 2), line("みかん", 500, 1))));
        long child1 = orders.create("2026-11-02T10:00", line("ぶどう", 1200, 1));
        long child2 = orders.create(body("2026-11-03T10:00", ordererTypedDifferently(), recipient(), "COD",
                List.of(line("もも", 800, 3))));
        JsonNode before = order(parent).path("amounts");
        long billed = before.path("billedTotal").asLong() + order(child1).path("amounts").path("billedTotal").asLong()
                + order(child2).path("amounts").path("billedTotal").asLong();

        ApiClient.Response response = bundle(parent, child2, child1);

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode result = response.json();
        assertThat(result.path("parentId").asLong()).isEqualTo(parent);
        assertThat(result.path("childIds")).extracting(JsonNode::asLong).containsExactly(child1, child2);
        assertThat(result.path("billingAmount").asLong()).isEqualTo(billed);

        JsonNode merged = order(parent);
        assertThat(merged.path("shipments")).hasSize(1);
        assertThat(merged.path("shipments").get(0).path("lines")).extracting(l -> l.path("itemName").asText())
                .containsExactly("りんご", "みかん", "ぶどう", "もも");
        JsonNode amounts = merged.path("amounts");
        assertThat(amounts.path("goodsTotal").asLong()).isEqualTo(2500 + 1200 + 2400);
        assertThat(amounts.path("shippingFee").asLong()).isEqualTo(1800);
        assertThat(amounts.path("codFee").asLong()).isEqualTo(990);
        assertThat(amounts.path("tax10").asLong()).isEqualTo(before.path("tax10").asLong() + 1200 * 10 / 110 + 2400 * 10 / 110);
        assertThat(amounts.path("billedTotal").asLong()).isEqualTo(billed).isEqualTo(6100 + 1800 + 990);
        assertThat(merged.path("shipments").get(0).path("goodsTotal").asLong()).isEqualTo(6100);
        assertThat(merged.path("history")).anySatisfy(h -> {
            assertThat(h.path("kind").asText()).isEqualTo("同梱");
            assertThat(h.path("actor").asText()).isEqualTo("admin");
            assertThat(h.path("text").asText()).contains("(ID " + child1 + ")", "(ID " + child2 + ")", "明細 2件 → 4件");
        });

        for (long child : List.of(child1, child2)) {
            JsonNode bundled = order(child);
            assertThat(bundled.path("status").asText()).isEqualTo("BUNDLED");
            assertThat(bundled.path("statusLabel").asText()).isEqualTo("同梱済");
            assertThat(bundled.path("history")).anySatisfy(h -> assertThat(h.path("text").asText())
                    .contains("(ID " + parent + ") に同梱しました", "→ 同梱済"));
            JsonNode info = api.get("/api/orders/" + child + "/bundle").json();
            assertThat(info.path("parentOrderId").asLong()).isEqualTo(parent);
            assertThat(info.path("refusal").asText()).contains("同梱済み");
            assertThat(book.require(child).getParentOrderId()).isEqualTo(parent);
        }
        assertThat(api.get("/api/orders/" + parent + "/bundle").json().path("children"))
                .extracting(c -> c.path("orderId").asLong()).containsExactly(child1, child2);
        assertThat(events.received).contains(new OrderBundled(child1, parent), new OrderBundled(child2, parent));
        assertThat(book.require(parent).getShipments().get(0).getLines())
                .extracting(OrderLine::getBundledFromOrderId).containsExactly(null, null, child1, child2);
    }

    /** What a refused bundling must leave as it was (the status may move on by the process, but never to 同梱済). */
    private record Snapshot(String amounts, String shipments, long bundleNotes, String status) {
    }

    private Snapshot snapshot(long id) {
        JsonNode order = order(id);
        long notes = 0;
        for (JsonNode h : order.path("history")) {
            notes += h.path("kind").asText().equals("同梱") ? 1 : 0;
        }
        return new Snapshot(order.path("amounts").toString(), order.path("shipments").toString(), notes,
                order.path("status").asText().equals("BUNDLED") ? "BUNDLED" : "open");
    }

    private void assertRefusedAndUnchanged(ApiClient.Response response, List<Long> ids, Map<Long, Snapshot> before, String... reason) {
        assertThat(response.status()).as(response.body()).isEqualTo(409);
        assertThat(response.json().path("error").asText()).isEqualTo("bundle_refused");
        assertThat(response.json().path("message").asText()).contains(reason);
        for (long id : ids) {
            assertThat(snapshot(id)).as("order %d", id).isEqualTo(before.get(id));
            assertThat(book.require(id).getParentOrderId()).isNull();
        }
    }

    private Map<Long, Snapshot> snapshots(long... ids) {
        Map<Long, Snapshot> map = new HashMap<>();
        for (long id : ids) {
            map.put(id, snapshot(id));
        }
        return map;
    }

    @Test
    void everyRefusalNamesTheOrderAndTheRuleAndChangesNothing() {
        long parent = orders.create("2026-11-01T10:00", line("りんご", 1000, 1));
        long good = orders.create("2026-11-02T10:00", line("みかん", 500, 1));
        long otherShop = new BundleTestOrders(api, data.shop().code()).create("2026-11-02T11:00", line("もも", 500, 1));
        long otherPayment = orders.create(body("2026-11-02T12:00", orderer(), recipient(), "CREDIT_CARD", List.of(line("なし", 500, 1))));
        long otherPhone = orders.create(body("2026-11-02T13:00", person("同梱 太郎", "渋谷区渋谷1-2-3", "渋谷ビル4F", "090-9999-0000"),
                recipient(), "COD", List.of(line("かき", 500, 1))));
        long otherAddress = orders.create(body("2026-11-02T14:00", orderer(), person("同梱 花子", "渋谷区神南1-1-9", null, "03-1111-2222"),
                "COD", List.of(line("くり", 500, 1))));
        long cancelled = orders.create("2026-11-02T15:00", line("うめ", 500, 1));
        book.moveManually(cancelled, OrderStatus.CANCELLED);
        long exported = orders.create("2026-11-02T16:00", line("ゆず", 500, 1));
        data.tx.executeWithoutResult(s -> data.orders.findById(exported).orElseThrow().markShippingExported(Instant.now()));
        long vetoed = orders.create("2026-11-02T17:00", line("すもも", 500, 1));
        veto.refuse(vetoed);
        Map<Long, Snapshot> before = snapshots(parent, good, otherShop, otherPayment, otherPhone, otherAddress, cancelled, exported, vetoed);

        assertRefusedAndUnchanged(bundle(parent, good, otherShop), List.of(parent, good, otherShop), before,
                "(ID " + otherShop + ")", "ショップが異なる");
        assertRefusedAndUnchanged(bundle(parent, good, otherPayment), List.of(parent, good, otherPayment), before,
                "(ID " + otherPayment + ")", "支払方法「クレジットカード / CREDIT_CARD」", "「代金引換 / COD」");
        assertRefusedAndUnchanged(bundle(parent, good, otherPhone), List.of(parent, good, otherPhone), before,
                "(ID " + otherPhone + ")", "注文者の電話番号「090-9999-0000」");
        assertRefusedAndUnchanged(bundle(parent, good, otherAddress), List.of(parent, good, otherAddress), before,
                "(ID " + otherAddress + ")", "送付先の住所", "神南1-1-9");
        assertRefusedAndUnchanged(bundle(parent, good, cancelled), List.of(parent, good, cancelled), before,
                "(ID " + cancelled + ")", "「キャンセル」");
        assertRefusedAndUnchanged(bundle(parent, good, exported), List.of(parent, good, exported), before,
                "(ID " + exported + ")", "出荷指示を出力済み");
        assertRefusedAndUnchanged(bundle(parent, good, vetoed), List.of(parent, good, vetoed), before,
                "(ID " + vetoed + ")", TestBundlingVeto.REASON);
        assertRefusedAndUnchanged(bundle(vetoed, good), List.of(vetoed, good), before,
                "(ID " + vetoed + ")", TestBundlingVeto.REASON);
        assertThat(events.received).noneMatch(e -> e.parentOrderId() == parent || e.parentOrderId() == vetoed);
    }

    @Test
    void aBundledChildCannotBeBundledAgainAndAParentCannotBecomeAChild() {
        long parent = orders.create("2026-11-01T10:00", line("りんご", 1000, 1));
        long child = orders.create("2026-11-02T10:00", line("みかん", 500, 1));
        long other = orders.create("2026-11-03T10:00", line("もも", 700, 1));
        assertThat(bundle(parent, child).status()).isEqualTo(200);
        String mergedParent = snapshot(parent).shipments();

        ApiClient.Response again = bundle(other, child);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().path("message").asText()).contains("(ID " + child + ")", "(ID " + parent + ") に同梱済み");
        ApiClient.Response parentAsChild = bundle(other, parent);
        assertThat(parentAsChild.status()).isEqualTo(409);
        assertThat(parentAsChild.json().path("message").asText()).contains("(ID " + parent + ")", "親受注のため子受注にできません");
        assertThat(snapshot(parent).shipments()).isEqualTo(mergedParent);
        assertThat(snapshot(other).bundleNotes()).isZero();
        assertThat(candidateIds(child)).isEmpty();

        // the parent may take over more orders later
        assertThat(candidateIds(other)).containsExactly(parent);
        ApiClient.Response more = bundle(parent, other);
        assertThat(more.status()).as(more.body()).isEqualTo(200);
        assertThat(order(parent).path("shipments").get(0).path("lines")).hasSize(3);
    }

    @Test
    void badRequestsAreAnsweredAt400AndUnknownOrdersAt404() {
        long parent = orders.create("2026-11-01T10:00", line("りんご", 1000, 1));
        long child = orders.create("2026-11-02T10:00", line("みかん", 500, 1));

        ApiClient.Response empty = api.post("/api/orders/bundle", Map.of("parentId", parent, "childIds", List.of()));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json().path("field").asText()).isEqualTo("childIds");
        ApiClient.Response parentAmongChildren = bundle(parent, child, parent);
        assertThat(parentAmongChildren.status()).isEqualTo(400);
        assertThat(parentAmongChildren.json().path("message").asText()).contains("(ID " + parent + ")");
        ApiClient.Response noParent = api.post("/api/orders/bundle", Map.of("childIds", List.of(child)));
        assertThat(noParent.status()).isEqualTo(400);
        assertThat(noParent.json().path("field").asText()).isEqualTo("parentId");
        ApiClient.Response unknownChild = bundle(parent, child, Long.MAX_VALUE);
        assertThat(unknownChild.status()).isEqualTo(404);
        assertThat(unknownChild.json().path("message").asText()).contains(String.valueOf(Long.MAX_VALUE));
        assertThat(bundle(Long.MAX_VALUE, child).status()).isEqualTo(404);
        assertThat(api.get("/api/orders/" + Long.MAX_VALUE + "/bundle-candidates").status()).isEqualTo(404);
        assertThat(snapshot(child).status()).isEqualTo("open");
        assertThat(snapshot(parent).bundleNotes()).isZero();
    }

    @Test
    void aMallChangeOfABundledChildStopsTheParentAndLeavesTheChildAsItWas() {
        Contact orderer = SearchTestData.contact("同梱 一郎", null, "150-0002", "東京都", "03-5555-0000");
        Contact recipient = SearchTestData.contact("同梱 二郎", null, "150-0002", "東京都", "03-5555-1111");
        String childNumber = SearchTestData.number();
        long parent = book.register(shop.id(), SearchTestData.details(SearchTestData.number(), Instant.parse("2026-11-01T01:00:00Z"),
                orderer, "ichiro@example.com", recipient, "CREDIT_CARD", "クレジットカード"), "test").orderId();
        long child = book.register(shop.id(), SearchTestData.details(childNumber, Instant.parse("2026-11-02T01:00:00Z"),
                orderer, "ichiro@example.com", recipient, "CREDIT_CARD", "クレジットカード"), "test").orderId();
        bundling.bundle(parent, List.of(child), "test");

        OrderDetails changed = SearchTestData.details(childNumber, Instant.parse("2026-11-02T01:00:00Z"), orderer,
                "ichiro@example.com", SearchTestData.contact("別の 送付先", null, "150-0002", "東京都", "03-5555-2222"),
                "CREDIT_CARD", "クレジットカード");
        Registration registration = book.register(shop.id(), changed, "test");

        assertThat(registration.outcome()).isEqualTo(Registration.Outcome.FLAGGED_AFTER_EXPORT);
        Order bundledChild = book.require(child);
        assertThat(bundledChild.getStatus()).isEqualTo(OrderStatus.BUNDLED);
        assertThat(bundledChild.getShipments().get(0).getRecipient().name()).isEqualTo("同梱 二郎");
        assertThat(bundledChild.getFlags()).isEmpty();
        assertThat(book.require(parent).getFlags()).anySatisfy(f -> {
            assertThat(f.flag()).isEqualTo(CheckFlag.MALL_CHANGED_AFTER_EXPORT);
            assertThat(f.reason()).contains(childNumber);
        });
        assertThat(book.register(shop.id(), changed, "test").outcome()).isEqualTo(Registration.Outcome.UNCHANGED);
    }
}
