package jp.juchu.order;

import static jp.juchu.order.OrderFixtures.details;
import static jp.juchu.order.OrderFixtures.line;
import static jp.juchu.order.OrderFixtures.shipment;
import static jp.juchu.order.OrderFixtures.simple;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import jp.juchu.core.ConflictException;
import jp.juchu.core.InvalidInputException;
import org.junit.jupiter.api.Test;

class OrderTest {

    private static final Instant NOW = Instant.parse("2026-11-30T00:00:00Z");

    @Test
    void aRegisteredOrderStartsAsNewWithItsShipmentsAndLines() {
        Order order = Order.register(1, details("R-1", "発送待ち",
                shipment("送付先A", line("商品A", 1000, 1)), shipment("送付先B", line("商品B", 500, 3), line("商品C", 200, 1))), "h1", NOW);

        assertThat(order.getStatus()).isEqualTo(OrderStatus.NEW);
        assertThat(order.getShipments()).extracting(Shipment::getSeq).containsExactly(1, 2);
        assertThat(order.getShipments().get(1).getLines()).extracting(OrderLine::getSeq).containsExactly(1, 2);
        assertThat(order.getShipments().get(1).getLines().get(0).getSubtotal()).isEqualTo(1500);
        assertThat(order.getComments()).contains("\n");
    }

    @Test
    void theSameMallContentAgainChangesNothing() {
        Order order = Order.register(1, simple("R-2"), "h1", NOW);
        assertThat(order.updateFromMall(simple("R-2"), "h1", NOW.plusSeconds(60))).isEqualTo(Order.MallUpdate.UNCHANGED);
        assertThat(order.getUpdatedAt()).isEqualTo(NOW);
    }

    @Test
    void aMallChangeBeforeExportUpdatesTheOrder() {
        Order order = Order.register(1, simple("R-3"), "h1", NOW);
        OrderDetails changed = details("R-3", "発送待ち", shipment("新しい送付先", line("商品A", 1000, 5)));

        assertThat(order.updateFromMall(changed, "h2", NOW)).isEqualTo(Order.MallUpdate.UPDATED);
        assertThat(order.getShipments().get(0).getRecipient().name()).isEqualTo("新しい送付先");
        assertThat(order.getShipments().get(0).getLines().get(0).getQuantity()).isEqualTo(5);
    }

    @Test
    void aMallChangeAfterExportOnlyFlagsTheOrder() {
        Order order = Order.register(1, simple("R-4"), "h1", NOW);
        order.markShippingExported(NOW);
        OrderDetails changed = details("R-4", "発送待ち", shipment("新しい送付先", line("商品A", 1000, 5)));

        assertThat(order.updateFromMall(changed, "h2", NOW)).isEqualTo(Order.MallUpdate.FLAGGED_AFTER_EXPORT);
        assertThat(order.getShipments().get(0).getRecipient().name()).isEqualTo("受注 花子");
        assertThat(order.getFlagKinds()).contains(CheckFlag.MALL_CHANGED_AFTER_EXPORT);
        assertThat(order.needsReview()).isTrue();
    }

    @Test
    void aCheckRunReplacesOnlyTheKindsItLookedAt() {
        Order order = Order.register(1, simple("R-5"), "h1", NOW);
        order.applyCheckResult(Set.of(CheckFlag.ADDRESS_ERROR), Map.of(CheckFlag.ADDRESS_ERROR, "郵便番号と都道府県が一致しません"), NOW);
        order.applyCheckResult(Set.of(CheckFlag.TAG_STOP), Map.of(CheckFlag.TAG_STOP, "要確認タグ"), NOW);

        boolean changed = order.applyCheckResult(Set.of(CheckFlag.ADDRESS_ERROR, CheckFlag.REMOTE_ISLAND),
                Map.of(CheckFlag.REMOTE_ISLAND, "離島です"), NOW);

        assertThat(changed).isTrue();
        assertThat(order.getFlagKinds()).containsExactlyInAnyOrder(CheckFlag.TAG_STOP, CheckFlag.REMOTE_ISLAND);
    }

    @Test
    void informationalFlagsDoNotStopTheOrder() {
        Order order = Order.register(1, simple("R-6"), "h1", NOW);
        order.applyCheckResult(Set.of(CheckFlag.REMOTE_ISLAND), Map.of(CheckFlag.REMOTE_ISLAND, "離島です"), NOW);
        assertThat(order.needsReview()).isFalse();
    }

    @Test
    void repeatingTheSameCheckResultIsNoChange() {
        Order order = Order.register(1, simple("R-7"), "h1", NOW);
        Map<CheckFlag, String> found = Map.of(CheckFlag.ADDRESS_ERROR, "郵便番号の形式が正しくありません");
        order.applyCheckResult(Set.of(CheckFlag.ADDRESS_ERROR), found, NOW);
        assertThat(order.applyCheckResult(Set.of(CheckFlag.ADDRESS_ERROR), found, NOW.plusSeconds(5))).isFalse();
    }

    @Test
    void statusMovesFollowTheTable() {
        Order order = Order.register(1, simple("R-8"), "h1", NOW);
        order.moveTo(OrderStatus.READY_TO_SHIP, NOW);
        order.moveTo(OrderStatus.SHIPPING, NOW);
        order.moveTo(OrderStatus.SHIPPED, NOW);

        assertThatThrownBy(() -> order.moveTo(OrderStatus.AWAITING_PAYMENT, NOW))
                .isInstanceOf(ConflictException.class)
                .hasMessage("受注進捗を「出荷済」から「入金待」には変更できません");
        order.moveTo(OrderStatus.COMPLETED, NOW);
        assertThatThrownBy(() -> order.moveTo(OrderStatus.ON_HOLD, NOW)).isInstanceOf(ConflictException.class);
    }

    @Test
    void aManualMoveSwitchesTheOrderToManualProgress() {
        Order order = Order.register(1, simple("R-9"), "h1", NOW);
        order.moveManually(OrderStatus.ON_HOLD, NOW);
        assertThat(order.isManualProgress()).isTrue();
        assertThat(order.getStatus()).isEqualTo(OrderStatus.ON_HOLD);
    }

    @Test
    void aProcessMoveWhileHeldIsKeptOnceForTheRelease() {
        Order order = Order.register(1, simple("R-9b"), "h1", NOW);
        order.moveByProcess(OrderStatus.ON_HOLD, NOW);
        assertThat(order.moveByProcess(OrderStatus.READY_TO_SHIP, NOW)).isEqualTo(Order.ProcessMove.KEPT_FOR_RELEASE);
        assertThat(order.moveByProcess(OrderStatus.READY_TO_SHIP, NOW)).isEqualTo(Order.ProcessMove.ALREADY_THERE);
        assertThat(order.getStatus()).isEqualTo(OrderStatus.ON_HOLD);
    }

    @Test
    void shippedOrdersCannotBeEdited() {
        Order order = Order.register(1, simple("R-10"), "h1", NOW);
        order.moveTo(OrderStatus.SHIPPING, NOW);
        assertThatThrownBy(() -> order.changeRecipient(1, OrderFixtures.contact("別人"), NOW))
                .isInstanceOf(ConflictException.class).hasMessageContaining("出荷中");
    }

    @Test
    void anUnknownShipmentIsAFieldError() {
        Order order = Order.register(1, simple("R-11"), "h1", NOW);
        assertThatThrownBy(() -> order.chooseDeliveryMethod(7, "X", NOW))
                .isInstanceOf(InvalidInputException.class).hasMessage("送付先 7 はありません");
    }

    @Test
    void resolvingAFlagThatIsNotRaisedIsRefused() {
        Order order = Order.register(1, simple("R-12"), "h1", NOW);
        assertThatThrownBy(() -> order.resolveFlag(CheckFlag.CAUTION_CUSTOMER, NOW))
                .isInstanceOf(ConflictException.class).hasMessageContaining("要注意顧客");
    }

    @Test
    void linesAreValidated() {
        assertThatThrownBy(() -> line("商品", 100, 0)).isInstanceOf(InvalidInputException.class).hasMessage("個数は1以上にしてください");
        assertThatThrownBy(() -> new LineDetails(null, null, "商品", null, 100, 1, 5))
                .isInstanceOf(InvalidInputException.class).hasMessage("税率は8%か10%にしてください");
    }
}
