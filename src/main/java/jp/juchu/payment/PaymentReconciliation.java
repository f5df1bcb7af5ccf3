package jp.juchu.payment;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.juchu.core.ConflictException;
import jp.juchu.core.DomainException;
import jp.juchu.core.InvalidInputException;
import jp.juchu.order.Order;
import jp.juchu.order.OrderBook;
import jp.juchu.order.OrderStatus;
import jp.juchu.shop.PaymentCategory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 入金消込: records that a prepaid order has been paid. Bulk reconciliation (from the order list) checks
 * each order on its own and publishes {@link PaymentReconciled} in the same transaction as the record, so
 * the process hears about exactly the payments that were stored. {@link #record} is the 入金消込 user task's
 * side: the process already knows, so no event.
 */
@Service
public class PaymentReconciliation {

    /** At most this many orders per bulk request. */
    public static final int MAX_ORDERS = 1000;

    private static final Logger log = LoggerFactory.getLogger(PaymentReconciliation.class);
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("uuuu/MM/dd HH:mm").withZone(ZoneId.of("Asia/Tokyo"));
    private static final String NOTE_KIND = "入金消込";

    private final OrderBook orders;
    private final PaymentRecords records;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;

    PaymentReconciliation(OrderBook orders, PaymentRecords records, ApplicationEventPublisher events,
                          PlatformTransactionManager transactions, Clock clock) {
        this.orders = orders;
        this.records = records;
        this.events = events;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /**
     * Reconciles each order on its own (all or nothing per order): only 前払い orders in 入金待 without a
     * recorded payment; the others are refused with the reason.
     *
     * @param paidAt {@code null} for now
     * @throws InvalidInputException when no order is given, too many, or {@code paidAt} lies in the future
     */
    public List<ReconciliationResult> reconcile(List<Long> orderIds, Instant paidAt, String actor) {
        if (orderIds == null || orderIds.isEmpty()) {
            throw new InvalidInputException("orderIds", "入金消込する受注を選択してください");
        }
        if (orderIds.size() > MAX_ORDERS) {
            throw new InvalidInputException("orderIds", "一度に入金消込できる受注は" + MAX_ORDERS + "件までです（" + orderIds.size() + "件指定されました）");
        }
        Instant when = paidAt(paidAt);
        String by = actor(actor);
        Set<Long> distinct = new LinkedHashSet<>();
        for (int i = 0; i < orderIds.size(); i++) {
            if (orderIds.get(i) == null) {
                throw new InvalidInputException("orderIds[" + i + "]", "受注IDが空です");
            }
            distinct.add(orderIds.get(i));
        }
        List<ReconciliationResult> results = new ArrayList<>();
        for (long orderId : distinct) {
            results.add(reconcileOne(orderId, when, by));
        }
        return results;
    }

    /**
     * Records the payment entered when the operator completed the 入金消込 task. Idempotent: an order that
     * already has a payment keeps it and the answer is {@code false}. Publishes nothing.
     *
     * @throws jp.juchu.core.NotFoundException when the order does not exist
     * @throws ConflictException               when the order is not 前払い or already closed
     */
    public boolean record(long orderId, Instant paidAt, String actor) {
        Instant when = paidAt(paidAt);
        String by = actor(actor);
        try {
            Boolean stored = tx.execute(status -> {
                if (records.findByOrderId(orderId).isPresent()) {
                    return false;
                }
                Order order = orders.require(orderId);
                if (!isPrepaid(order)) {
                    throw new ConflictException("payment_category", "paymentCategory", notPrepaid(order));
                }
                if (order.getStatus().isClosed()) {
                    throw new ConflictException("order_closed", "status", "受注 " + order.getMallOrderNumber() + " は「"
                            + order.getStatus().label() + "」のため入金消込できません");
                }
                store(order, when, by, "（入金消込タスク）");
                return true;
            });
            return Boolean.TRUE.equals(stored);
        } catch (DataIntegrityViolationException concurrentlyRecorded) {
            log.info("Payment of order {} was recorded concurrently", orderId);
            return false;
        }
    }

    public Optional<PaymentRecordView> find(long orderId) {
        return records.findByOrderId(orderId).map(PaymentRecord::view);
    }

    private ReconciliationResult reconcileOne(long orderId, Instant paidAt, String actor) {
        try {
            return tx.execute(status -> {
                Optional<Order> found = orders.find(orderId);
                if (found.isEmpty()) {
                    return refused(orderId, "受注 " + orderId + " はありません");
                }
                Order order = found.get();
                Optional<String> refusal = refusal(order);
                if (refusal.isPresent()) {
                    return refused(orderId, refusal.get());
                }
                store(order, paidAt, actor, "");
                events.publishEvent(new PaymentReconciled(orderId, paidAt));
                return new ReconciliationResult(orderId, true, "受注 " + order.getMallOrderNumber() + " の入金を消し込みました（"
                        + SHOWN.format(paidAt) + "、" + yen(order.getAmounts().billedTotal()) + "）");
            });
        } catch (DataIntegrityViolationException concurrentlyRecorded) {
            return refused(orderId, "受注 " + orderId + " は既に入金消込済みです");
        } catch (DomainException e) {
            return refused(orderId, e.getMessage());
        }
    }

    private Optional<String> refusal(Order order) {
        if (!isPrepaid(order)) {
            return Optional.of(notPrepaid(order));
        }
        Optional<PaymentRecord> existing = records.findByOrderId(order.getId());
        if (existing.isPresent()) {
            PaymentRecordView done = existing.get().view();
            return Optional.of("受注 " + order.getMallOrderNumber() + " は既に入金消込済みです（" + SHOWN.format(done.paidAt())
                    + "、" + done.recordedBy() + "）");
        }
        if (order.getStatus() != OrderStatus.AWAITING_PAYMENT) {
            return Optional.of("受注 " + order.getMallOrderNumber() + " は「" + order.getStatus().label()
                    + "」のため入金消込できません（入金待の受注のみ消し込めます）");
        }
        return Optional.empty();
    }

    private void store(Order order, Instant paidAt, String actor, String origin) {
        long amount = order.getAmounts().billedTotal();
        records.saveAndFlush(new PaymentRecord(order.getId(), paidAt, amount, actor, clock.instant()));
        orders.addNote(order.getId(), actor, NOTE_KIND, "入金を消し込みました" + origin + "：入金日時 " + SHOWN.format(paidAt)
                + "、金額 " + yen(amount));
    }

    private static boolean isPrepaid(Order order) {
        return PaymentCategory.PREPAID.name().equals(order.getPaymentCategory());
    }

    private static String notPrepaid(Order order) {
        String category = order.getPaymentCategory();
        String label = category == null ? "未設定" : categoryLabel(category);
        return "受注 " + order.getMallOrderNumber() + " の決済区分は「" + label + "」のため入金消込できません（前払いの受注のみ消し込めます）";
    }

    private static String categoryLabel(String category) {
        try {
            return PaymentCategory.valueOf(category).label();
        } catch (IllegalArgumentException unknown) {
            return category;
        }
    }

    private Instant paidAt(Instant paidAt) {
        Instant now = clock.instant();
        if (paidAt == null) {
            return now;
        }
        if (paidAt.isAfter(now)) {
            throw new InvalidInputException("paidAt", "入金日時に未来の日時（" + SHOWN.format(paidAt) + "）は指定できません");
        }
        return paidAt;
    }

    private static ReconciliationResult refused(long orderId, String reason) {
        return new ReconciliationResult(orderId, false, reason);
    }

    static String yen(long amount) {
        return String.format("%,d円", amount);
    }

    private static String actor(String actor) {
        if (actor != null && !actor.isBlank()) {
            return actor.length() > 64 ? actor.substring(0, 64) : actor;
        }
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || auth.getName() == null ? "system" : auth.getName();
    }
}
