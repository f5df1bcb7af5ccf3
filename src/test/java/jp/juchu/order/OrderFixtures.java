package jp.juchu.order;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Orders for tests, built in code. */
final class OrderFixtures {

    static final Instant ORDERED = Instant.parse("2026-11-20T01:23:45Z");

    private OrderFixtures() {
    }

    static Contact contact(String name) {
        return new Contact(name, "ジュチュウ タロウ", "150-0002", "東京都", "渋谷区渋谷", "1-2-3 渋谷ビル4F", "03-1234-5678");
    }

    static LineDetails line(String name, long price, int quantity) {
        return new LineDetails("item-1", "A-001", name, "カラー:赤", price, quantity, 10);
    }

    static ShipmentDetails shipment(String recipient, LineDetails... lines) {
        long goods = List.of(lines).stream().mapToLong(l -> l.unitPrice() * l.quantity()).sum();
        return new ShipmentDetails("1", contact(recipient), "YAMATO_TAKKYUBIN", "宅配便",
                LocalDate.of(2026, 11, 25), "1416", null, 600, 0, goods, List.of(lines));
    }

    static OrderDetails details(String number, String mallStatus, ShipmentDetails... shipments) {
        long goods = List.of(shipments).stream().mapToLong(ShipmentDetails::goodsTotal).sum();
        return new OrderDetails(number, OrderSource.CSV, ORDERED, mallStatus, contact("受注 太郎"), "taro@example.com",
                "CREDIT_CARD", "クレジットカード", "CARD",
                new OrderAmounts(goods, 0, goods / 11, 600, 0, 0, 100, 0, 0, goods + 600 - 100),
                false, null, "配達前に電話してください\n不在時は宅配ボックスへ", null, false, null, false, List.of(shipments));
    }

    static OrderDetails simple(String number) {
        return details(number, "発送待ち", shipment("受注 花子", line("有機りんごジュース 1L", 1200, 2)));
    }
}
