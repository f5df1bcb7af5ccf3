package jp.juchu.order;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The rules of 同梱, without side effects. Each refusal is a Japanese sentence naming the order at fault and
 * the rule it breaks. Orders may be bundled when they are of the same shop, have the same orderer and the
 * same 送付先 after normalisation ({@link PartyKey}), the same payment method, and none of them is past
 * 出荷待: 新規受付, 確認待, 入金待 or 出荷待, shipping instructions not exported yet. Besides, each order has
 * exactly one 送付先 (one parcel), a child is not itself a parent and has no open warning that only it
 * carries (モール警告, タグによる停止), which would be lost with it, and an unpaid prepaid child does not join a
 * parent already cleared to ship.
 */
final class BundleRules {

    static final Set<OrderStatus> BUNDLABLE = EnumSet.of(OrderStatus.NEW, OrderStatus.REVIEW,
            OrderStatus.AWAITING_PAYMENT, OrderStatus.READY_TO_SHIP);

    /** Warnings of the child order's own that no check on the parent would find again. */
    static final Set<CheckFlag> CHILD_ONLY_WARNINGS = EnumSet.of(CheckFlag.MALL_WARNING, CheckFlag.TAG_STOP);

    /** Oldest first: the default parent and the order in which children's lines are appended. */
    static final Comparator<Order> OLDEST_FIRST = Comparator.comparing(Order::getOrderedAt).thenComparing(Order::getId);

    private BundleRules() {
    }

    /** Why {@code order} cannot take part in a 同梱 now, in either role. */
    static Optional<String> ownRefusal(Order order) {
        OrderStatus status = order.getStatus();
        if (status == OrderStatus.BUNDLED) {
            return refused(name(order) + " は既に受注 (ID " + order.getParentOrderId()
                    + ") に同梱済みのため同梱できません（同梱済の受注は変更できません）");
        }
        if (status == OrderStatus.ON_HOLD) {
            return refused(name(order) + " は「保留」のため同梱できません（保留を解除してから同梱してください）");
        }
        if (!BUNDLABLE.contains(status)) {
            return refused(name(order) + " は「" + status.label()
                    + "」のため同梱できません（同梱できるのは新規受付・確認待・入金待・出荷待の受注だけです）");
        }
        if (order.getShippingExportedAt() != null) {
            return refused(name(order) + " は出荷指示を出力済みのため同梱できません（出荷指示の前の受注だけを同梱できます）");
        }
        if (order.getShipments().size() != 1) {
            return refused(name(order) + " は送付先が" + order.getShipments().size()
                    + "件あるため同梱できません（送付先が1件の受注だけを同梱できます）");
        }
        if (order.getPaymentMethodCode() == null) {
            return refused(name(order) + " は支払方法が決まっていないため同梱できません（支払方法エラーを解消してから同梱してください）");
        }
        return Optional.empty();
    }

    /**
     * Why {@code other} cannot be bundled with {@code parent} (symmetric rules: shop, payment method, orderer,
     * 送付先). Both are assumed to pass {@link #ownRefusal}.
     */
    static Optional<String> pairRefusal(Order parent, Order other) {
        if (parent.getShopId() != other.getShopId()) {
            return refused(name(other) + " は親受注 " + name(parent)
                    + " とショップが異なるため同梱できません（同じショップの受注だけを同梱できます）");
        }
        if (!parent.getPaymentMethodCode().equals(other.getPaymentMethodCode())) {
            return refused(name(other) + " は支払方法「" + payment(other) + "」が親受注 " + name(parent) + " の「" + payment(parent)
                    + "」と異なるため同梱できません（同じ支払方法の受注だけを同梱できます）");
        }
        Optional<String> orderer = partyRefusal(parent, other, "注文者", Order::getOrderer);
        if (orderer.isPresent()) {
            return orderer;
        }
        return partyRefusal(parent, other, "送付先", o -> o.getShipments().get(0).getRecipient());
    }

    /**
     * A prepaid child not yet paid (before 出荷待) must not join a parent already cleared to ship: its goods
     * would leave before its payment arrives. (A paid child may join an unpaid parent: it waits with it.)
     */
    static Optional<String> paymentProgressRefusal(Order parent, Order child) {
        boolean prepaid = "PREPAID".equals(parent.getPaymentCategory());
        if (prepaid && parent.getStatus() == OrderStatus.READY_TO_SHIP && child.getStatus() != OrderStatus.READY_TO_SHIP) {
            return refused(name(child) + " は「" + child.getStatus().label() + "」(入金確認前) のため、出荷待の親受注 " + name(parent)
                    + " には同梱できません（入金前の商品が先に出荷されないよう、入金を確認してから同梱してください）");
        }
        return Optional.empty();
    }

    /** Why {@code child} cannot be a child (it could still be the parent). */
    static Optional<String> childRefusal(Order child) {
        if (child.isBundleParent()) {
            return refused(name(child) + " は他の受注を同梱した親受注のため子受注にできません（この受注を親受注に選んでください）");
        }
        return child.getFlags().stream()
                .filter(f -> CHILD_ONLY_WARNINGS.contains(f.flag()))
                .findFirst()
                .map(f -> name(child) + " に未解決の警告「" + f.flag().label() + "」（" + f.reason()
                        + "）があるため子受注にできません（警告を確認して解除するか、この受注を親受注に選んでください）");
    }

    /** 受注 R-123 (ID 45). */
    static String name(Order order) {
        return "受注 " + order.getMallOrderNumber() + " (ID " + order.getId() + ")";
    }

    private static Optional<String> partyRefusal(Order parent, Order other, String role, Function<Order, Contact> party) {
        Contact mine = party.apply(parent);
        Contact theirs = party.apply(other);
        return PartyKey.of(mine).firstDifference(PartyKey.of(theirs))
                .map(field -> name(other) + " は" + role + "の" + field.label() + "「" + field.shown(theirs) + "」が親受注 "
                        + name(parent) + " の「" + field.shown(mine)
                        + "」と異なるため同梱できません（注文者と送付先が同じ受注だけを同梱できます）");
    }

    private static String payment(Order order) {
        return order.getPaymentMethodRaw() == null || order.getPaymentMethodRaw().equals(order.getPaymentMethodCode())
                ? order.getPaymentMethodCode() : order.getPaymentMethodRaw() + " / " + order.getPaymentMethodCode();
    }

    private static Optional<String> refused(String reason) {
        return Optional.of(reason);
    }
}
