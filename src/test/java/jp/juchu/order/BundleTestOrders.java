package jp.juchu.order;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.juchu.support.ApiClient;

/** Manual orders for the 同梱 tests, created through {@code POST /api/orders} of one shop. */
final class BundleTestOrders {

    private final ApiClient api;
    private final String shopCode;

    BundleTestOrders(ApiClient api, String shopCode) {
        this.api = api;
        this.shopCode = shopCode;
    }

    static Map<String, Object> person(String name, String address1, String address2, String phone) {
        Map<String, Object> person = new HashMap<>();
        person.put("name", name);
        person.put("postalCode", "150-0002");
        person.put("prefecture", "東京都");
        person.put("address1", address1);
        person.put("address2", address2);
        person.put("phone", phone);
        return person;
    }

    /** 同梱 太郎, as typed on one order. */
    static Map<String, Object> orderer() {
        return person("同梱 太郎", "渋谷区渋谷1-2-3", "渋谷ビル4F", "03-1234-5678");
    }

    /** The same person as {@link #orderer()}, typed differently (spaces, 全角, address split elsewhere). */
    static Map<String, Object> ordererTypedDifferently() {
        Map<String, Object> person = person("同梱太郎", "渋谷区 渋谷１－２－３ 渋谷ビル", "４Ｆ", "０３－１２３４－５６７８");
        person.put("postalCode", "１５００００２");
        person.put("prefecture", "東京");
        return person;
    }

    static Map<String, Object> recipient() {
        return person("同梱 花子", "渋谷区神南1-1-1", null, "03-1111-2222");
    }

    static Map<String, Object> line(String name, long price, int quantity) {
        Map<String, Object> line = new HashMap<>();
        line.put("itemNumber", "B-" + price);
        line.put("itemName", name);
        line.put("unitPrice", String.valueOf(price));
        line.put("quantity", String.valueOf(quantity));
        line.put("taxRate", "10");
        return line;
    }

    static Map<String, Object> body(String orderedAt, Map<String, Object> orderer, Map<String, Object> recipient,
                                    String payment, List<Map<String, Object>> lines) {
        Map<String, Object> shipment = new HashMap<>();
        shipment.put("recipient", recipient);
        shipment.put("deliveryMethod", "YAMATO_TAKKYUBIN");
        shipment.put("shippingFee", "600");
        shipment.put("codFee", payment.equals("COD") ? "330" : "0");
        shipment.put("lines", lines);
        Map<String, Object> order = new HashMap<>();
        order.put("orderedAt", orderedAt);
        order.put("orderer", orderer);
        order.put("email", "bundle@example.com");
        order.put("paymentMethod", payment);
        order.put("shipments", List.of(shipment));
        return order;
    }

    long create(Map<String, Object> body) {
        Map<String, Object> withShop = new HashMap<>(body);
        withShop.put("shop", shopCode);
        ApiClient.Response created = api.post("/api/orders", withShop);
        if (created.status() != 201) {
            throw new AssertionError("order not created (" + created.status() + "): " + created.body());
        }
        return created.json().path("id").asLong();
    }

    /** An order of 同梱 太郎 to 同梱 花子, paid by 代金引換. */
    long create(String orderedAt, Map<String, Object> line) {
        return create(body(orderedAt, orderer(), recipient(), "COD", List.of(line)));
    }
}
