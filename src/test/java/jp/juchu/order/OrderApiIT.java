package jp.juchu.order;

import static jp.juchu.order.SearchTestData.contact;
import static jp.juchu.order.SearchTestData.number;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.juchu.shop.ShopRef;
import jp.juchu.support.ApiClient;
import jp.juchu.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class OrderApiIT {

    @LocalServerPort
    int port;

    @Autowired
    SearchTestData data;

    @Autowired
    OrderBook book;

    @Autowired
    OrderChecks checks;

    ShopRef shop;
    ApiClient api;

    @BeforeEach
    void shop() {
        shop = data.shop();
        api = ApiClient.admin(port);
    }

    private JsonNode search(String query) {
        ApiClient.Response response = api.get("/api/orders?shop=" + shop.code() + (query.isEmpty() ? "" : "&" + query));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static List<Long> ids(JsonNode page) {
        List<Long> ids = new ArrayList<>();
        page.path("items").forEach(i -> ids.add(i.path("id").asLong()));
        return ids;
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void listsAShopsOrdersNewestFirstWithCountsPerStatus() {
        long older = data.simpleOrder(shop, Instant.parse("2026-11-01T01:00:00Z"));
        long newer = data.simpleOrder(shop, Instant.parse("2026-11-02T01:00:00Z"));
        long review = data.simpleOrder(shop, Instant.parse("2026-11-03T01:00:00Z"));
        book.moveTo(review, OrderStatus.REVIEW);

        JsonNode all = search("");
        assertThat(ids(all)).containsExactly(review, newer, older);
        assertThat(all.path("total").asLong()).isEqualTo(3);
        assertThat(all.path("counts").path("READY_TO_SHIP").asLong()).isEqualTo(2);
        assertThat(all.path("counts").path("REVIEW").asLong()).isEqualTo(1);
        assertThat(all.path("counts").path("SHIPPED").asLong()).isZero();
        JsonNode row = all.path("items").get(1);
        assertThat(row.path("shop").asText()).isEqualTo(shop.code());
        assertThat(row.path("status").asText()).isEqualTo("READY_TO_SHIP");
        assertThat(row.path("statusLabel").asText()).isEqualTo("出荷待");
        assertThat(row.path("paymentMethod").asText()).isEqualTo("CREDIT_CARD");
        assertThat(row.path("total").asLong()).isEqualTo(3000);
        assertThat(row.path("ordererName").asText()).isEqualTo("受注 太郎");
        assertThat(row.path("orderedAt").asText()).isEqualTo("2026-11-02T01:00:00Z");

        JsonNode reviewTab = search("status=REVIEW");
        assertThat(ids(reviewTab)).containsExactly(review);
        assertThat(reviewTab.path("total").asLong()).isEqualTo(1);
        assertThat(reviewTab.path("counts").path("READY_TO_SHIP").asLong()).isEqualTo(2);
    }

    @Test
    void pagesThroughTheResult() {
        List<Long> created = new ArrayList<>();
        for (int day = 1; day <= 5; day++) {
            created.add(0, data.simpleOrder(shop, Instant.parse("2026-11-0" + day + "T03:00:00Z")));
        }
        JsonNode first = search("size=2&page=0");
        JsonNode last = search("size=2&page=2");
        assertThat(ids(first)).containsExactlyElementsOf(created.subList(0, 2));
        assertThat(ids(last)).containsExactly(created.get(4));
        assertThat(last.path("total").asLong()).isEqualTo(5);
        assertThat(last.path("page").asInt()).isEqualTo(2);
        assertThat(last.path("size").asInt()).isEqualTo(2);
    }

    @Test
    void findsByKanaInHiraganaOrHalfWidthByPhoneDigitsByMailAndByNumber() {
        String number = number();
        long target = data.order(shop, number, Instant.parse("2026-11-10T01:00:00Z"),
                contact("山田 太郎", "ヤマダ タロウ", "150-0002", "東京都", "090-1234-5678"), "Yamada.Taro@example.jp");
        data.simpleOrder(shop, Instant.parse("2026-11-10T02:00:00Z"));

        assertThat(ids(search("q=" + enc("やまだたろう")))).containsExactly(target);
        assertThat(ids(search("q=" + enc("ﾔﾏﾀﾞ")))).containsExactly(target);
        assertThat(ids(search("q=" + enc("山田太郎")))).containsExactly(target);
        assertThat(ids(search("q=" + enc("09012345678")))).containsExactly(target);
        assertThat(ids(search("q=" + enc("０９０－１２３４")))).containsExactly(target);
        assertThat(ids(search("q=" + enc("yamada.taro@")))).containsExactly(target);
        assertThat(ids(search("q=" + enc(number)))).containsExactly(target);
        assertThat(ids(search("q=" + enc("うけとり")))).hasSize(2);
        assertThat(ids(search("q=" + enc("%")))).isEmpty();
    }

    @Test
    void filtersByFlagTagPaymentAndOrderDate() {
        long flagged = data.simpleOrder(shop, Instant.parse("2026-11-05T14:59:00Z"));
        long tagged = data.simpleOrder(shop, Instant.parse("2026-11-05T15:00:00Z"));
        long unmapped = data.book.register(shop.id(), SearchTestData.details(number(), Instant.parse("2026-11-07T01:00:00Z"),
                contact("支払 未設定", null, "150-0002", "東京都", "03-1234-5678"), null,
                contact("受取 花子", null, "150-0002", "東京都", "03-1111-2222"), null, "謎の決済"), "test").orderId();
        book.applyChecks(flagged, Set.of(CheckFlag.ADDRESS_ERROR), Map.of(CheckFlag.ADDRESS_ERROR, "郵便番号と住所が一致しません"));
        data.tag(tagged, "ギフト");

        JsonNode byFlag = search("flag=ADDRESS_ERROR");
        assertThat(ids(byFlag)).containsExactly(flagged);
        assertThat(byFlag.path("items").get(0).path("flags").get(0).asText()).isEqualTo("ADDRESS_ERROR");
        JsonNode byTag = search("tag=" + enc("ギフト"));
        assertThat(ids(byTag)).containsExactly(tagged);
        assertThat(byTag.path("items").get(0).path("tags").get(0).asText()).isEqualTo("ギフト");
        assertThat(ids(search("payment=CREDIT_CARD"))).containsExactlyInAnyOrder(flagged, tagged);
        assertThat(search("q=" + enc("支払")).path("items").get(0).path("paymentMethod").asText()).isEqualTo("謎の決済");
        // 2026-11-05T15:00Z is 2026-11-06 00:00 in Tokyo
        assertThat(ids(search("from=2026-11-05&to=2026-11-05"))).containsExactly(flagged);
        assertThat(ids(search("from=2026-11-06"))).containsExactly(unmapped, tagged);
    }

    @Test
    void refusesInvalidFiltersNamingTheField() {
        assertField(api.get("/api/orders?status=SOLD"), "status");
        assertField(api.get("/api/orders?flag=BROKEN"), "flag");
        assertField(api.get("/api/orders?from=2026-13-01"), "from");
        assertField(api.get("/api/orders?from=2026-11-05&to=2026-11-01"), "to");
        assertField(api.get("/api/orders?shop=NO-SUCH-SHOP-" + number()), "shop");
        assertField(api.get("/api/orders?payment=NO_SUCH_METHOD"), "payment");
        assertField(api.get("/api/orders?size=0"), "size");
        assertField(api.get("/api/orders?page=-1"), "page");
        assertField(api.get("/api/orders?page=x"), "page");
    }

    private static void assertField(ApiClient.Response response, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().path("field").asText()).isEqualTo(field);
        assertThat(response.json().path("message").asText()).isNotBlank();
    }

    @Test
    void showsTheWholeOrderAndAnswers404ForAnUnknownOne() {
        long id = data.simpleOrder(shop, Instant.parse("2026-11-10T01:00:00Z"));
        book.applyChecks(id, Set.of(CheckFlag.ADDRESS_ERROR), Map.of(CheckFlag.ADDRESS_ERROR, "郵便番号と住所が一致しません"));

        JsonNode order = api.get("/api/orders/" + id).json();
        assertThat(order.path("shop").path("code").asText()).isEqualTo(shop.code());
        assertThat(order.path("status").asText()).isEqualTo("READY_TO_SHIP");
        assertThat(order.path("orderer").path("kana").asText()).isEqualTo("ジュチュウ タロウ");
        assertThat(order.path("payment").path("name").asText()).isEqualTo("クレジットカード");
        assertThat(order.path("amounts").path("billedTotal").asLong()).isEqualTo(3000);
        assertThat(order.path("shipments").get(0).path("lines").get(0).path("subtotal").asLong()).isEqualTo(2400);
        assertThat(order.path("shipments").get(0).path("deliveryMethod").path("code").asText()).isEqualTo("YAMATO_TAKKYUBIN");
        JsonNode flag = order.path("flags").get(0);
        assertThat(flag.path("flag").asText()).isEqualTo("ADDRESS_ERROR");
        assertThat(flag.path("label").asText()).isEqualTo("住所エラー");
        assertThat(flag.path("reason").asText()).isEqualTo("郵便番号と住所が一致しません");
        assertThat(flag.path("fixAction").asText()).isEqualTo(CheckFlag.ADDRESS_ERROR.fixAction());
        assertThat(order.path("manualProgress").asBoolean()).isFalse();
        assertThat(order.path("history").get(0).path("kind").asText()).isEqualTo("登録");

        ApiClient.Response missing = api.get("/api/orders/987654321");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().path("message").asText()).contains("987654321");
    }
}
