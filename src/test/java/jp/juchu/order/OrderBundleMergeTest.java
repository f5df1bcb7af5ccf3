package jp.juchu.order;

import static jp.juchu.order.BundleRulesTest.order;
import static jp.juchu.order.OrderFixtures.line;
import static jp.juchu.order.OrderFixtures.shipment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.juchu.core.ConflictException;
import org.junit.jupiter.api.Test;

class OrderBundleMergeTest {

    private static final Instant NOW = Instant.parse("2026-12-01T00:00:00Z");

    private static OrderDetails withAmounts(String number, OrderAmounts amounts, String comments, ShipmentDetails shipment) {
        OrderDetails d = OrderFixtures.details(number, "発送待ち", shipment);
        return new OrderDetails(number, d.source(), d.orderedAt(), d.mallStatusRaw(), d.orderer(), d.ordererEmail(),
                d.paymentMethodCode(), d.paymentMethodRaw(), d.paymentCategory(), amounts, false, null, comments, null,
                false, null, false, List.of(shipment));
    }

    @Test
    void amountsAreSummedFieldByField() {
        OrderAmounts a = new OrderAmounts(1000, 10, 90, 600, 330, 100, 50, 20, 10, 1950);
        OrderAmounts b = new OrderAmounts(2000, 20, 180, 700, 0, 0, 100, 0, 30, 2570);

        assertThat(a.plus(b)).isEqualTo(new OrderAmounts(3000, 30, 270, 1300, 330, 100, 150, 20, 40, 4520));
    }

    @Test
    void theParentTakesOverLinesFeesAmountsAndRemarks() {
        Order parent = order(1, 1, withAmounts("R-1", new OrderAmounts(2000, 0, 181, 600, 0, 0, 100, 0, 0, 2500), "午前中希望",
                shipment("受注 花子", line("商品A", 1000, 2))));
        Order child = order(2, 1, withAmounts("R-2", new OrderAmounts(1500, 0, 136, 600, 0, 0, 0, 50, 0, 2050), "ギフト包装で",
                shipment("受注 花子", line("商品B", 500, 1), line("商品C", 1000, 1))));
        child.tag("ギフト", NOW);

        parent.absorb(child, NOW);

        Shipment shipment = parent.getShipments().get(0);
        assertThat(shipment.getLines()).extracting(OrderLine::getItemName).containsExactly("商品A", "商品B", "商品C");
        assertThat(shipment.getLines()).extracting(OrderLine::getSeq).containsExactly(1, 2, 3);
        assertThat(shipment.getLines()).extracting(OrderLine::getBundledFromOrderId).containsExactly(null, 2L, 2L);
        assertThat(shipment.getGoodsTotal()).isEqualTo(3500);
        assertThat(shipment.getShippingFee()).isEqualTo(1200);
        assertThat(parent.getAmounts()).isEqualTo(new OrderAmounts(3500, 0, 317, 1200, 0, 0, 100, 50, 0, 4550));
        assertThat(parent.getComments()).isEqualTo("午前中希望\n【同梱元 R-2】\nギフト包装で");
        assertThat(parent.getTags()).contains("ギフト");
        assertThat(parent.isBundleParent()).isTrue();
        // the child keeps what it was ordered with
        assertThat(child.getShipments().get(0).getLines()).hasSize(2);
        assertThat(child.getAmounts().billedTotal()).isEqualTo(2050);
    }

    @Test
    void aBundledChildIsFinal() {
        Order child = order(2);
        child.bundleInto(1, NOW);

        assertThat(child.getStatus()).isEqualTo(OrderStatus.BUNDLED);
        assertThat(child.getParentOrderId()).isEqualTo(1L);
        assertThatThrownBy(() -> child.moveTo(OrderStatus.READY_TO_SHIP, NOW)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> child.changeOrderer(OrderFixtures.contact("別人"), null, NOW)).isInstanceOf(ConflictException.class);
        assertThat(child.applyCheckResult(Set.of(CheckFlag.MALL_WARNING), Map.of(CheckFlag.MALL_WARNING, "警告"), NOW)).isFalse();
        assertThat(child.getFlags()).isEmpty();
    }

    @Test
    void aMallChangeOfABundleParentFlagsItAndKeepsTheMergedContent() {
        Order parent = order(1);
        parent.absorb(order(2), NOW);
        OrderDetails changed = OrderFixtures.details("R-1", "発送待ち", shipment("受注 花子", line("商品A", 1000, 5)));

        assertThat(parent.updateFromMall(changed, "changed", NOW)).isEqualTo(Order.MallUpdate.FLAGGED_AFTER_BUNDLING);
        assertThat(parent.getShipments().get(0).getLines()).hasSize(2);
        assertThat(parent.getFlagKinds()).contains(CheckFlag.MALL_CHANGED_AFTER_EXPORT);
    }

    @Test
    void aMallChangeOfABundledChildIsRecordedOnce() {
        Order child = order(2);
        child.bundleInto(1, NOW);

        assertThat(child.recordMallChangeAfterBundling("h2")).isFalse();
        assertThat(child.recordMallChangeAfterBundling("changed")).isTrue();
        assertThat(child.recordMallChangeAfterBundling("changed")).isFalse();
        assertThat(child.getStatus()).isEqualTo(OrderStatus.BUNDLED);
    }
}
