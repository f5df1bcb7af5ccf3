package jp.juchu.order;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import jp.juchu.core.ConflictException;
import jp.juchu.core.InvalidInputException;
import jp.juchu.core.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 同梱: finds the orders that may share one parcel with an order ({@link BundleRules}) and bundles children
 * into a parent, all or nothing. The parent takes over the children's lines and amounts ({@link Order#absorb});
 * each child becomes 同梱済 with {@code parentOrderId} and never changes again. Both sides get a history note,
 * and {@link OrderBundled} is published per child. Other modules object through {@link BundlingVeto} beans.
 */
@Service
public class OrderBundling {

    private static final Logger log = LoggerFactory.getLogger(OrderBundling.class);
    private static final int LOCK_ATTEMPTS = 3;

    private final OrderRepository orders;
    private final OrderBook book;
    private final ObjectProvider<BundlingVeto> vetoes;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate tx;

    OrderBundling(OrderRepository orders, OrderBook book, ObjectProvider<BundlingVeto> vetoes, JdbcClient jdbc,
                  ApplicationEventPublisher events, Clock clock, PlatformTransactionManager transactions) {
        this.orders = orders;
        this.book = book;
        this.vetoes = vetoes;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
    }

    /**
     * The orders that may be bundled with {@code orderId} (as parent or child), oldest first; empty when the
     * order itself cannot be bundled now (see {@link #info}).
     *
     * @throws NotFoundException for an unknown order
     */
    @Transactional(readOnly = true)
    public List<BundleCandidate> candidates(long orderId) {
        Order base = load(orderId);
        if (refusalOf(base).isPresent()) {
            return List.of();
        }
        PartyKey orderer = PartyKey.of(base.getOrderer());
        List<Long> sameOrderer = jdbc.sql("SELECT id, orderer_name, orderer_postal_code, orderer_prefecture, orderer_address1,"
                        + " orderer_address2, orderer_phone FROM sales_order WHERE shop_id = :shop AND id <> :id"
                        + " AND status IN (:statuses) AND shipping_exported_at IS NULL AND payment_method_code = :payment")
                .param("shop", base.getShopId())
                .param("id", orderId)
                .param("statuses", BundleRules.BUNDLABLE.stream().map(Enum::name).toList())
                .param("payment", base.getPaymentMethodCode())
                .query((rs, i) -> Map.entry(rs.getLong("id"), PartyKey.of(new Contact(rs.getString("orderer_name"), null,
                        rs.getString("orderer_postal_code"), rs.getString("orderer_prefecture"), rs.getString("orderer_address1"),
                        rs.getString("orderer_address2"), rs.getString("orderer_phone")))))
                .list().stream()
                .filter(row -> row.getValue().firstDifference(orderer).isEmpty())
                .map(Map.Entry::getKey)
                .toList();
        return orders.findAllById(sameOrderer).stream()
                .filter(o -> refusalOf(o).isEmpty() && BundleRules.pairRefusal(base, o).isEmpty())
                .sorted(BundleRules.OLDEST_FIRST)
                .map(BundleCandidate::of)
                .toList();
    }

    /**
     * Bundles {@code childIds} into {@code parentId}: every rule is checked for every order before anything
     * changes.
     *
     * @param actor who bundles, for the history (null: the current user)
     * @throws InvalidInputException no children, or the parent among them
     * @throws NotFoundException an unknown order
     * @throws ConflictException a rule is not met, naming the order and the rule; nothing is changed
     */
    public BundleResult bundle(long parentId, List<Long> childIds, String actor) {
        for (int attempt = 1; ; attempt++) {
            try {
                return tx.execute(status -> bundleInTransaction(parentId, childIds, actor));
            } catch (PessimisticLockingFailureException e) {
                // the database chose this transaction as a deadlock victim: the order's process was changing one of
                // the orders (its history insert holds a shared lock on the order row until it updates the row)
                if (attempt == LOCK_ATTEMPTS) {
                    throw e;
                }
                log.info("同梱: 受注の行ロックが競合したため、もう一度実行します（{} 回目）", attempt + 1);
            }
        }
    }

    private BundleResult bundleInTransaction(long parentId, List<Long> childIds, String actor) {
        List<Long> childList = validated(parentId, childIds);
        Map<Long, Order> locked = lockInIdOrder(parentId, childList);
        Order parent = locked.get(parentId);
        refuseIf(refusalOf(parent), "parentId");
        List<Order> children = childList.stream().map(locked::get).sorted(BundleRules.OLDEST_FIRST).toList();
        for (Order child : children) {
            refuseIf(BundleRules.ownRefusal(child)
                    .or(() -> BundleRules.pairRefusal(parent, child))
                    .or(() -> BundleRules.paymentProgressRefusal(parent, child))
                    .or(() -> BundleRules.childRefusal(child))
                    .or(() -> vetoOf(child)), "childIds");
        }

        Instant now = clock.instant();
        OrderAmounts before = parent.getAmounts();
        int linesBefore = lineCount(parent);
        for (Order child : children) {
            OrderStatus from = child.getStatus();
            parent.absorb(child, now);
            child.bundleInto(parentId, now);
            book.addNote(child.getId(), actor, "同梱", BundleRules.name(parent) + " に同梱しました（受注進捗: " + from.label() + " → "
                    + OrderStatus.BUNDLED.label() + "、明細・金額は親受注に移りました）");
            events.publishEvent(new OrderBundled(child.getId(), parentId));
        }
        book.addNote(parentId, actor, "同梱", children.stream().map(BundleRules::name).collect(Collectors.joining("、"))
                + " を同梱しました（明細 " + linesBefore + "件 → " + lineCount(parent) + "件、請求金額 "
                + yen(before.billedTotal()) + " → " + yen(parent.getAmounts().billedTotal()) + "）");
        try {
            orders.flush();
        } catch (OptimisticLockingFailureException e) {
            throw new ConflictException("bundle_conflict", "parentId",
                    "同梱する受注が同時に他の操作で変更されました。画面を開き直してから、もう一度同梱してください");
        }
        return new BundleResult(parentId, parent.getMallOrderNumber(), children.stream().map(Order::getId).toList(),
                parent.getAmounts().billedTotal(), parent.getAmounts(), lineCount(parent));
    }

    /**
     * Where {@code orderId} stands: its parent if it is 同梱済, the children it took over, and why it cannot be
     * bundled now.
     *
     * @throws NotFoundException for an unknown order
     */
    @Transactional(readOnly = true)
    public BundleInfo info(long orderId) {
        Order order = load(orderId);
        String parentNumber = order.getParentOrderId() == null ? null
                : orders.findById(order.getParentOrderId()).map(Order::getMallOrderNumber).orElse(null);
        List<BundleInfo.Linked> children = orders.findByParentOrderIdOrderById(orderId).stream()
                .map(c -> new BundleInfo.Linked(c.getId(), c.getMallOrderNumber())).toList();
        return new BundleInfo(BundleCandidate.of(order), order.getParentOrderId(), parentNumber, children,
                refusalOf(order).orElse(null));
    }

    private Optional<String> refusalOf(Order order) {
        return BundleRules.ownRefusal(order).or(() -> vetoOf(order));
    }

    private Optional<String> vetoOf(Order order) {
        return vetoes.orderedStream()
                .map(veto -> veto.refusal(order.getId()))
                .flatMap(Optional::stream)
                .findFirst()
                .map(reason -> BundleRules.name(order) + " は同梱できません: " + reason);
    }

    private static List<Long> validated(long parentId, List<Long> childIds) {
        if (childIds == null || childIds.isEmpty()) {
            throw new InvalidInputException("childIds", "同梱する子受注を1件以上指定してください");
        }
        Set<Long> distinct = new LinkedHashSet<>();
        for (Long id : childIds) {
            if (id == null) {
                throw new InvalidInputException("childIds", "子受注のIDが空です");
            }
            if (id == parentId) {
                throw new InvalidInputException("childIds", "親受注 (ID " + parentId + ") が子受注にも指定されています");
            }
            distinct.add(id);
        }
        return new ArrayList<>(distinct);
    }

    /** Locks every order in ascending id order, so two bundlings sharing orders cannot deadlock. */
    private Map<Long, Order> lockInIdOrder(long parentId, List<Long> childIds) {
        Map<Long, Order> locked = new TreeMap<>();
        List<Long> ids = new ArrayList<>(childIds);
        ids.add(parentId);
        ids.stream().sorted().forEach(id -> locked.put(id, orders.findForUpdate(id)
                .orElseThrow(() -> new NotFoundException("受注 (ID " + id + ") はありません"))));
        return locked;
    }

    private Order load(long orderId) {
        return orders.findById(orderId).orElseThrow(() -> new NotFoundException("受注 (ID " + orderId + ") はありません"));
    }

    private static void refuseIf(Optional<String> refusal, String field) {
        if (refusal.isPresent()) {
            throw new ConflictException("bundle_refused", field, refusal.get());
        }
    }

    private static int lineCount(Order order) {
        return order.getShipments().stream().mapToInt(s -> s.getLines().size()).sum();
    }

    private static String yen(long amount) {
        return String.format("%,d円", amount);
    }
}
