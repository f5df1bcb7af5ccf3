package jp.juchu.order;

import static jp.juchu.order.OrderFixtures.line;
import static jp.juchu.order.OrderFixtures.shipment;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.test.util.ReflectionTestUtils;

class BundleRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-30T00:00:00Z");

    static Order order(long id, long shopId, OrderDetails details) {
        Order order = Order.register(shopId, details, "h" + id, NOW);
        ReflectionTestUtils.setField(order, "id", id);
        return order;
    }

    static Order order(long id) {
        return order(id, 1, OrderFixtures.details("R-" + id, "発送待ち", shipment("受注 花子", line("商品" + id, 1000, 1))));
    }

    /** The fixture's order with another orderer, recipient or payment. */
    static Order order(long id, Contact orderer, Contact recipient, String paymentCode, String paymentRaw) {
        OrderDetails d = OrderFixtures.details("R-" + id, "発送待ち", shipment("受注 花子", line("商品" + id, 1000, 1)));
        ShipmentDetails s = d.shipments().get(0);
        ShipmentDetails to = new ShipmentDetails(s.mallShipmentId(), recipient, s.deliveryMethodCode(), s.deliveryMethodRaw(),
                s.requestedDate(), s.requestedTimeSlot(), s.noshi(), s.shippingFee(), s.codFee(), s.goodsTotal(), s.lines());
        return order(id, 1, new OrderDetails(d.mallOrderNumber(), d.source(), d.orderedAt(), d.mallStatusRaw(), orderer,
                d.ordererEmail(), paymentCode, paymentRaw, "CARD", d.amounts(), false, null, null, null, false, null, false, List.of(to)));
    }

    @ParameterizedTest
    @EnumSource(value = OrderStatus.class, names = {"NEW", "REVIEW", "AWAITING_PAYMENT", "READY_TO_SHIP"})
    void ordersUpToReadyToShipMayBeBundled(OrderStatus status) {
        Order parent = order(1);
        Order child = order(2);
        if (status != OrderStatus.NEW) {
            child.moveTo(status, NOW);
        }

        assertThat(BundleRules.ownRefusal(child)).isEmpty();
        assertThat(BundleRules.pairRefusal(parent, child)).isEmpty();
        assertThat(BundleRules.childRefusal(child)).isEmpty();
    }

    @Test
    void anOrderOnHoldIsRefused() {
        Order child = order(2);
        child.moveTo(OrderStatus.ON_HOLD, NOW);

        assertThat(BundleRules.ownRefusal(child)).hasValueSatisfying(reason ->
                assertThat(reason).contains("受注 R-2 (ID 2)", "「保留」", "保留を解除"));
    }

    @ParameterizedTest
    @EnumSource(value = OrderStatus.class, names = {"SHIPPING", "CANCELLED"})
    void anOrderPastReadyToShipOrClosedIsRefused(OrderStatus status) {
        Order child = order(2);
        child.moveTo(status, NOW);

        assertThat(BundleRules.ownRefusal(child)).hasValueSatisfying(reason ->
                assertThat(reason).contains("受注 R-2 (ID 2)", "「" + status.label() + "」", "新規受付・確認待・入金待・出荷待"));
    }

    @Test
    void anOrderAlreadyBundledIsRefusedNamingItsParent() {
        Order child = order(2);
        child.bundleInto(7, NOW);

        assertThat(BundleRules.ownRefusal(child)).hasValueSatisfying(reason ->
                assertThat(reason).contains("受注 R-2 (ID 2)", "(ID 7) に同梱済み"));
    }

    @Test
    void anOrderWithExportedShippingInstructionsIsRefused() {
        Order child = order(2);
        child.moveTo(OrderStatus.READY_TO_SHIP, NOW);
        child.markShippingExported(NOW);

        assertThat(BundleRules.ownRefusal(child)).hasValueSatisfying(reason ->
                assertThat(reason).contains("受注 R-2 (ID 2)", "出荷指示を出力済み"));
    }

    @Test
    void anOrderWithSeveralRecipientsIsRefused() {
        Order two = order(3, 1, OrderFixtures.details("R-3", "発送待ち",
                shipment("送付先A", line("商品A", 1000, 1)), shipment("送付先B", line("商品B", 500, 1))));

        assertThat(BundleRules.ownRefusal(two)).hasValueSatisfying(reason -> assertThat(reason).contains("送付先が2件"));
    }

    @Test
    void anOrderWithoutAPaymentMethodIsRefused() {
        Order unmapped = order(4, OrderFixtures.contact("受注 太郎"), OrderFixtures.contact("受注 花子"), null, "謎の決済");

        assertThat(BundleRules.ownRefusal(unmapped)).hasValueSatisfying(reason -> assertThat(reason).contains("支払方法が決まっていない"));
    }

    @Test
    void anOrderOfAnotherShopIsRefused() {
        Order other = order(5, 2, OrderFixtures.details("R-5", "発送待ち", shipment("受注 花子", line("商品", 1000, 1))));

        assertThat(BundleRules.pairRefusal(order(1), other)).hasValueSatisfying(reason ->
                assertThat(reason).contains("受注 R-5 (ID 5)", "親受注 受注 R-1 (ID 1)", "ショップが異なる"));
    }

    @Test
    void anotherPaymentMethodIsRefusedNamingBoth() {
        Order cod = order(6, OrderFixtures.contact("受注 太郎"), OrderFixtures.contact("受注 花子"), "COD", "代金引換");

        assertThat(BundleRules.pairRefusal(order(1), cod)).hasValueSatisfying(reason ->
                assertThat(reason).contains("受注 R-6 (ID 6)", "代金引換 / COD", "クレジットカード / CREDIT_CARD", "支払方法"));
    }

    @Test
    void anotherOrdererIsRefusedNamingTheFieldAndBothValues() {
        Contact other = new Contact("受注 太郎", null, "150-0002", "東京都", "渋谷区渋谷", "1-2-3 渋谷ビル4F", "090-0000-0000");
        Order child = order(7, other, OrderFixtures.contact("受注 花子"), "CREDIT_CARD", "クレジットカード");

        assertThat(BundleRules.pairRefusal(order(1), child)).hasValueSatisfying(reason ->
                assertThat(reason).contains("受注 R-7 (ID 7)", "注文者の電話番号「090-0000-0000」", "「03-1234-5678」"));
    }

    @Test
    void anotherRecipientIsRefusedNamingTheField() {
        Contact elsewhere = new Contact("受注 花子", null, "150-0002", "東京都", "渋谷区渋谷", "1-2-4 渋谷ビル4F", "03-1234-5678");
        Order child = order(8, OrderFixtures.contact("受注 太郎"), elsewhere, "CREDIT_CARD", "クレジットカード");

        assertThat(BundleRules.pairRefusal(order(1), child)).hasValueSatisfying(reason ->
                assertThat(reason).contains("受注 R-8 (ID 8)", "送付先の住所", "1-2-4"));
    }

    @Test
    void theSamePeopleWrittenDifferentlyAreAccepted() {
        Contact orderer = new Contact("受注　太郎", null, "１５０－０００２", "東京", "東京都渋谷区渋谷", "１−２−３　渋谷ビル４Ｆ", "0312345678");
        Contact recipient = new Contact("受注花子", null, "1500002", "東京都", "渋谷区渋谷1-2-3", "渋谷ビル4F", "03(1234)5678");
        Order child = order(9, orderer, recipient, "CREDIT_CARD", "クレジットカード");

        assertThat(BundleRules.pairRefusal(order(1), child)).isEmpty();
    }

    @Test
    void anUnpaidPrepaidChildCannotJoinAParentClearedToShip() {
        Order paid = prepaid(13);
        paid.moveTo(OrderStatus.READY_TO_SHIP, NOW);
        Order unpaid = prepaid(14);
        unpaid.moveTo(OrderStatus.AWAITING_PAYMENT, NOW);

        assertThat(BundleRules.paymentProgressRefusal(paid, unpaid)).hasValueSatisfying(reason ->
                assertThat(reason).contains("受注 R-14 (ID 14)", "「入金待」", "入金を確認してから"));
        assertThat(BundleRules.paymentProgressRefusal(unpaid, paid)).isEmpty();
        Order card = order(15);
        card.moveTo(OrderStatus.READY_TO_SHIP, NOW);
        assertThat(BundleRules.paymentProgressRefusal(card, order(16))).isEmpty();
    }

    private static Order prepaid(long id) {
        OrderDetails d = OrderFixtures.details("R-" + id, "発送待ち", shipment("受注 花子", line("商品" + id, 1000, 1)));
        return order(id, 1, new OrderDetails(d.mallOrderNumber(), d.source(), d.orderedAt(), d.mallStatusRaw(), d.orderer(),
                d.ordererEmail(), "BANK_TRANSFER", "銀行振込", "PREPAID", d.amounts(), false, null, null, null, false, null, false,
                d.shipments()));
    }

    @Test
    void aParentOfOtherOrdersCannotBeAChild() {
        Order parent = order(10);
        parent.absorb(order(11), NOW);

        assertThat(BundleRules.childRefusal(parent)).hasValueSatisfying(reason ->
                assertThat(reason).contains("受注 R-10 (ID 10)", "親受注のため子受注にできません"));
        assertThat(BundleRules.ownRefusal(parent)).isEmpty();
    }

    @Test
    void aChildWithItsOwnMallWarningIsRefused() {
        Order child = order(12);
        child.applyCheckResult(Set.of(CheckFlag.MALL_WARNING), Map.of(CheckFlag.MALL_WARNING, "楽天確認中の注文です"), NOW);

        assertThat(BundleRules.childRefusal(child)).hasValueSatisfying(reason ->
                assertThat(reason).contains("受注 R-12 (ID 12)", "「モール警告」", "楽天確認中の注文です"));
    }
}
