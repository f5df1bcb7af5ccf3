package jp.juchu.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import jp.juchu.order.Contact;
import jp.juchu.order.LineDetails;
import jp.juchu.order.OrderAmounts;
import jp.juchu.order.ShipmentDetails;
import org.junit.jupiter.api.Test;

class NpTransactionMapperTest {

    static final Contact BUYER = new Contact("受注 太郎", "ジュチュウ タロウ", "150-0002", "東京都", "渋谷区渋谷1-2-3", "渋谷ビル4F", "03-1234-5678");
    static final Contact RECIPIENT = new Contact("受取 花子", "ウケトリ ハナコ", "530-0001", "大阪府", "大阪市北区梅田1-1", null, "090-1111-2222");

    static ShipmentDetails shipment(Contact recipient, long shippingFee, LineDetails... lines) {
        long goods = 0;
        for (LineDetails line : lines) {
            goods += line.unitPrice() * line.quantity();
        }
        return new ShipmentDetails("1", recipient, "YAMATO_TAKKYUBIN", "宅配便", null, null, null, shippingFee, 0, goods, List.of(lines));
    }

    static LineDetails line(String name, long price, int quantity) {
        return new LineDetails("item", "A-001", name, null, price, quantity, 8);
    }

    static NpTransactionMapper.OrderData order(OrderAmounts amounts, ShipmentDetails... shipments) {
        return new NpTransactionMapper.OrderData(42, "R-20261110-0042", Instant.parse("2026-11-09T16:30:00Z"), BUYER,
                "taro@example.com", amounts, List.of(shipments));
    }

    @Test
    void mapsBuyerRecipientAmountAndDateInJapan() {
        NpAtobaraiApi.Transaction tx = NpTransactionMapper.map(order(new OrderAmounts(2700, 200, 0, 600, 0, 0, 0, 0, 0, 3300),
                shipment(RECIPIENT, 600, line("有機りんごジュース 1L", 1080, 2), line("ぶどうジュース", 540, 1))), "JC42");

        assertThat(tx.shopTransactionId()).isEqualTo("JC42");
        assertThat(tx.shopOrderDate()).isEqualTo("2026-11-10");
        assertThat(tx.settlementType()).isEqualTo("02");
        assertThat(tx.billedAmount()).isEqualTo(3300);
        assertThat(tx.customer()).isEqualTo(new NpAtobaraiApi.Customer("受注 太郎", "ジュチュウ タロウ", null, null, "150-0002",
                "東京都渋谷区渋谷1-2-3渋谷ビル4F", "0312345678", "taro@example.com"));
        assertThat(tx.destCustomer()).isEqualTo(new NpAtobaraiApi.Customer("受取 花子", "ウケトリ ハナコ", null, null, "530-0001",
                "大阪府大阪市北区梅田1-1", "09011112222", null));
        assertThat(tx.goods()).containsExactly(
                new NpAtobaraiApi.Goods("有機りんごジュース 1L", 1080, 2),
                new NpAtobaraiApi.Goods("ぶどうジュース", 540, 1),
                new NpAtobaraiApi.Goods("送料", 600, 1));
    }

    @Test
    void pointsAndCouponsAreNegativeLinesAndAnUnexplainedDifferenceBecomesAnAdjustment() {
        OrderAmounts amounts = new OrderAmounts(2000, 148, 0, 500, 330, 0, 100, 200, 50, 2500);
        List<NpAtobaraiApi.Goods> goods = NpTransactionMapper.map(order(amounts, shipment(RECIPIENT, 500, line("商品", 1000, 2))), "JC42")
                .goods();

        assertThat(goods).containsExactly(
                new NpAtobaraiApi.Goods("商品", 1000, 2),
                new NpAtobaraiApi.Goods("送料", 500, 1),
                new NpAtobaraiApi.Goods("決済手数料", 330, 1),
                new NpAtobaraiApi.Goods("ポイント利用", -100, 1),
                new NpAtobaraiApi.Goods("クーポン値引", -250, 1),
                new NpAtobaraiApi.Goods("調整額", 20, 1));
        assertThat(goods.stream().mapToLong(g -> g.goodsPrice() * g.quantity()).sum()).isEqualTo(2500);
    }

    @Test
    void refusesSeveralRecipientsAndMissingAddressWithEveryReason() {
        Contact noAddress = new Contact("受取 次郎", null, null, "東京都", null, null, null);
        OrderAmounts amounts = new OrderAmounts(1000, 74, 0, 0, 0, 0, 0, 0, 0, 1000);

        assertThatThrownBy(() -> NpTransactionMapper.map(order(amounts, shipment(RECIPIENT, 0, line("商品", 500, 1)),
                shipment(noAddress, 0, line("商品", 500, 1))), "JC42"))
                .isInstanceOf(DeferredRegistrationRejected.class)
                .hasMessageContaining("R-20261110-0042")
                .hasMessageContaining("送付先が2件あります");
        assertThatThrownBy(() -> NpTransactionMapper.map(order(amounts, shipment(noAddress, 0, line("商品", 1000, 1))), "JC42"))
                .isInstanceOf(DeferredRegistrationRejected.class)
                .hasMessageContaining("配送先の郵便番号がありません")
                .hasMessageContaining("配送先の住所がありません")
                .hasMessageContaining("配送先の電話番号がありません");
    }

    @Test
    void theShopTransactionIdFollowsTheOrderAndTheGeneration() {
        assertThat(DeferredTransaction.shopTransactionId(42, 1)).isEqualTo("JC42");
        assertThat(DeferredTransaction.shopTransactionId(42, 2)).isEqualTo("JC42-2");
    }
}
