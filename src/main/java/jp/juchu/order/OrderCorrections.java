package jp.juchu.order;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import jp.juchu.core.ConflictException;
import jp.juchu.core.InvalidInputException;
import jp.juchu.core.NotFoundException;
import jp.juchu.shop.DeliveryMethodRef;
import jp.juchu.shop.MethodMappings;
import jp.juchu.shop.PaymentMethodRef;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An operator's corrections of an order before shipping (住所, 支払方法, 配送方法, お届け希望日) and the release
 * of flags only a person can release. Every fix is checked completely before anything changes, written to
 * the order history (who, what) and followed by a new check run in the same transaction.
 */
@Service
public class OrderCorrections {

    /** Flags no check can clear: a person looked at the order and releases them. */
    public static final Set<CheckFlag> RELEASED_BY_PERSON = EnumSet.of(CheckFlag.CAUTION_CUSTOMER, CheckFlag.MALL_WARNING,
            CheckFlag.MALL_CHANGED_AFTER_EXPORT, CheckFlag.TAG_STOP);

    private final OrderRepository orders;
    private final OrderHistory history;
    private final MethodMappings methods;
    private final OrderChecks checks;
    private final FlagReleases releases;
    private final Clock clock;

    OrderCorrections(OrderRepository orders, OrderHistory history, MethodMappings methods, OrderChecks checks,
                     FlagReleases releases, Clock clock) {
        this.orders = orders;
        this.history = history;
        this.methods = methods;
        this.checks = checks;
        this.releases = releases;
        this.clock = clock;
    }

    /**
     * @return what the new check run found
     * @throws NotFoundException for an unknown order
     * @throws ConflictException when the order is already being shipped or closed
     * @throws OrderInputRejected with every invalid field; nothing is changed
     */
    @Transactional
    public CheckResult fix(long orderId, OrderFix fix) {
        Order order = load(orderId);
        if (!order.getStatus().isBeforeShipping()) {
            throw new ConflictException("order_locked", "status", "「" + order.getStatus().label() + "」の受注は修正できません");
        }
        InputRules rules = new InputRules();
        Contact orderer = fix.orderer() == null ? null : rules.contact("orderer", merge(order.getOrderer(), fix.orderer()), "注文者", false);
        String email = fix.email() == null ? order.getOrdererEmail() : rules.email("email", fix.email());
        Optional<PaymentMethodRef> payment = payment(rules, fix.paymentMethod());
        List<Runnable> changes = new ArrayList<>();
        List<String> described = new ArrayList<>();
        for (int i = 0; i < fix.shipments().size(); i++) {
            shipmentFix(rules, order, "shipments[" + i + "]", fix.shipments().get(i), changes, described);
        }
        rules.throwIfAny();

        Instant now = clock.instant();
        if ((orderer != null && !orderer.equals(order.getOrderer())) || !Objects.equals(email, order.getOrdererEmail())) {
            described.add(0, "注文者: " + describe(orderer != null ? orderer : order.getOrderer()) + (email == null ? "" : " / " + email));
            order.changeOrderer(orderer != null ? orderer : order.getOrderer(), email, now);
        }
        if (payment.isPresent() && !payment.get().code().equals(order.getPaymentMethodCode())) {
            order.choosePaymentMethod(payment.get().code(), payment.get().category().name(), now);
            described.add("支払方法: " + payment.get().name());
        }
        changes.forEach(Runnable::run);
        if (fix.manualProgress() != null && fix.manualProgress() != order.isManualProgress()) {
            order.setManualProgress(fix.manualProgress(), now);
            described.add("進捗遷移: " + (fix.manualProgress() ? "手動" : "自動"));
        }
        if (!described.isEmpty()) {
            note(orderId, "修正", String.join("、", described));
        }
        return recheck(order);
    }

    private CheckResult recheck(Order order) {
        return checks.run(order.getId());
    }

    /**
     * Releases a flag that only a person can release (要注意顧客, モール警告, 出荷指示後のモール側変更, タグによる停止).
     *
     * @throws InvalidInputException for an unknown flag or one that a fix clears
     * @throws ConflictException when the flag is not open or the order is closed
     */
    @Transactional
    public void resolve(long orderId, String flagName) {
        Order order = load(orderId);
        CheckFlag flag = flag(flagName);
        if (!RELEASED_BY_PERSON.contains(flag)) {
            throw new InvalidInputException("not_releasable", "flag", "「" + flag.label() + "」は解除できません。" + flag.fixAction());
        }
        if (order.getStatus().isClosed()) {
            throw new ConflictException("order_locked", "status", "「" + order.getStatus().label() + "」の受注は変更できません");
        }
        String reason = order.getFlags().stream().filter(f -> f.flag() == flag).map(RaisedFlag::reason).findFirst().orElse("");
        order.resolveFlag(flag, clock.instant());
        releases.record(orderId, flag, reason, ManualOrderEntry.currentUser());
        note(orderId, "警告解除", "「" + flag.label() + "」を解除しました (理由: " + reason + ")");
    }

    private void shipmentFix(InputRules rules, Order order, String path, OrderFix.Shipment in, List<Runnable> changes,
                             List<String> described) {
        if (in == null || in.seq() == null) {
            rules.problem(path + ".seq", "送付先の番号 (seq) を指定してください");
            return;
        }
        int seq = in.seq();
        Optional<Shipment> found = order.getShipments().stream().filter(s -> s.getSeq() == seq).findFirst();
        if (found.isEmpty()) {
            rules.problem(path + ".seq", "送付先 " + seq + " はありません");
            return;
        }
        Shipment shipment = found.get();
        String label = "送付先" + seq;
        if (in.recipient() != null) {
            Contact recipient = rules.contact(path + ".recipient", merge(shipment.getRecipient(), in.recipient()), "送付先", false);
            if (recipient != null && !recipient.equals(shipment.getRecipient())) {
                changes.add(() -> order.changeRecipient(seq, recipient, clock.instant()));
                described.add(label + ": " + describe(recipient));
            }
        }
        if (in.deliveryMethod() != null) {
            deliveryMethod(rules, path + ".deliveryMethod", in.deliveryMethod()).ifPresent(method -> {
                if (!method.code().equals(shipment.getDeliveryMethodCode())) {
                    changes.add(() -> order.chooseDeliveryMethod(seq, method.code(), clock.instant()));
                    described.add(label + "の配送方法: " + method.name());
                }
            });
        }
        if (in.requestedDate() != null || in.requestedTimeSlot() != null) {
            LocalDate date = in.requestedDate() == null ? shipment.getRequestedDate()
                    : rules.date(path + ".requestedDate", in.requestedDate(), "お届け希望日");
            String slot = in.requestedTimeSlot() == null ? shipment.getRequestedTimeSlot()
                    : rules.optional(path + ".requestedTimeSlot", in.requestedTimeSlot(), "お届け時間帯", 20);
            if (!Objects.equals(date, shipment.getRequestedDate()) || !Objects.equals(slot, shipment.getRequestedTimeSlot())) {
                changes.add(() -> order.changeRequestedDelivery(seq, date, slot, clock.instant()));
                described.add(label + "のお届け希望: " + (date == null ? "指定なし" : date.toString()) + (slot == null ? "" : " " + slot));
            }
        }
    }

    private Optional<PaymentMethodRef> payment(InputRules rules, String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        Optional<PaymentMethodRef> method = methods.paymentMethod(code.strip());
        if (method.isEmpty()) {
            rules.problem("paymentMethod", "支払方法コード「" + code.strip() + "」は登録されていません");
        }
        return method;
    }

    private Optional<DeliveryMethodRef> deliveryMethod(InputRules rules, String path, String code) {
        if (code.isBlank()) {
            return Optional.empty();
        }
        Optional<DeliveryMethodRef> method = methods.deliveryMethod(code.strip());
        if (method.isEmpty()) {
            rules.problem(path, "配送方法コード「" + code.strip() + "」は登録されていません");
        } else if (!method.get().active()) {
            rules.problem(path, "配送方法「" + method.get().name() + "」は使用停止中です");
            return Optional.empty();
        }
        return method;
    }

    /** The typed contact with the current values where a field was not sent. */
    private static ContactInput merge(Contact current, ContactInput typed) {
        ContactInput now = ContactInput.of(current);
        return new ContactInput(or(typed.name(), now.name()), or(typed.kana(), now.kana()),
                or(typed.postalCode(), now.postalCode()), or(typed.prefecture(), now.prefecture()),
                or(typed.address1(), now.address1()), or(typed.address2(), now.address2()), or(typed.phone(), now.phone()));
    }

    private static String or(String typed, String current) {
        return typed != null ? typed : current;
    }

    private static String describe(Contact contact) {
        return contact.name() + " 〒" + contact.postalCode() + " " + contact.fullAddress() + " TEL " + contact.phone();
    }

    private static CheckFlag flag(String name) {
        try {
            return CheckFlag.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("flag", "状態区分「" + name + "」はありません");
        }
    }

    private Order load(long orderId) {
        return orders.findById(orderId).orElseThrow(() -> new NotFoundException("受注 " + orderId + " はありません"));
    }

    private void note(long orderId, String kind, String text) {
        history.save(new OrderHistoryEntry(orderId, clock.instant(), ManualOrderEntry.currentUser(), kind, text));
    }
}
