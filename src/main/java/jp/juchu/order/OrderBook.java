package jp.juchu.order;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import jp.juchu.core.ConflictException;
import jp.juchu.core.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The order module's application service: registers mall orders idempotently, applies check
 * results and status changes through the aggregate, and keeps the order history.
 */
@Service
public class OrderBook {

    private final OrderRepository orders;
    private final OrderHistory history;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final JdbcClient jdbc;
    private final OrderBulkWrites bulkWrites;

    OrderBook(OrderRepository orders, OrderHistory history, ApplicationEventPublisher events, Clock clock, JdbcClient jdbc,
              OrderBulkWrites bulkWrites) {
        this.orders = orders;
        this.bulkWrites = bulkWrites;
        this.jdbc = jdbc;
        this.history = history;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Registers a mall order, or recognises it again: the same content is UNCHANGED, changed content
     * updates the order while it is still before shipping and flags it for review afterwards.
     */
    @Transactional
    public Registration register(long shopId, OrderDetails details, String actor) {
        return register(shopId, details, actor, true);
    }

    /**
     * {@link #register} for one order of a chunk: a new order is not announced on its own; the caller announces the
     * chunk's new orders together with {@link #announceRegistered} in the same transaction.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Registration registerInChunk(long shopId, OrderDetails details, String actor) {
        return register(shopId, details, actor, false);
    }

    /** Announces the new orders of a chunk ({@link OrdersRegistered}); nothing when there are none. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void announceRegistered(long shopId, List<Long> orderIds) {
        if (!orderIds.isEmpty()) {
            events.publishEvent(OrdersRegistered.of(shopId, orderIds));
        }
    }

    private Registration register(long shopId, OrderDetails details, String actor, boolean announce) {
        String hash = fingerprint(details);
        Optional<Order> existing = idOf(shopId, details.mallOrderNumber()).map(this::load);
        if (existing.isEmpty()) {
            Order order = orders.save(Order.register(shopId, details, hash, clock.instant()));
            note(order.getId(), actor, "登録", details.source().label() + "で受注を登録しました");
            if (announce) {
                events.publishEvent(new OrderRegistered(order.getId(), shopId, order.getMallOrderNumber()));
            }
            return new Registration(order.getId(), Registration.Outcome.REGISTERED);
        }
        Order order = existing.get();
        if (order.getStatus() == OrderStatus.BUNDLED && order.getParentOrderId() != null) {
            return registerChangeOfBundledChild(order, details, hash, actor);
        }
        return switch (order.updateFromMall(details, hash, clock.instant())) {
            case UNCHANGED -> new Registration(order.getId(), Registration.Outcome.UNCHANGED);
            case UPDATED -> {
                note(order.getId(), actor, "モール更新", "モール側の変更を反映しました (モールステータス: " + details.mallStatusRaw() + ")");
                yield new Registration(order.getId(), Registration.Outcome.UPDATED);
            }
            case FLAGGED_AFTER_EXPORT -> {
                note(order.getId(), actor, "モール更新", "出荷指示後にモール側で変更されたため確認待にしました");
                yield new Registration(order.getId(), Registration.Outcome.FLAGGED_AFTER_EXPORT);
            }
            case FLAGGED_AFTER_BUNDLING -> {
                note(order.getId(), actor, "モール更新", "同梱後にモール側で変更されたため確認待にしました (同梱済みの内容は変更していません)");
                yield new Registration(order.getId(), Registration.Outcome.FLAGGED_AFTER_EXPORT);
            }
        };
    }

    /** A 同梱済 order never changes again: a mall change of it stops its parent for review instead. */
    private Registration registerChangeOfBundledChild(Order child, OrderDetails details, String hash, String actor) {
        if (!child.recordMallChangeAfterBundling(hash)) {
            return new Registration(child.getId(), Registration.Outcome.UNCHANGED);
        }
        long parentId = child.getParentOrderId();
        load(parentId).flagMallChangeOfChild(child.getMallOrderNumber(), details.mallStatusRaw(), clock.instant());
        note(child.getId(), actor, "モール更新", "同梱済みのためモール側の変更は反映せず、親受注 (ID " + parentId + ") を確認待にしました (モールステータス: "
                + details.mallStatusRaw() + ")");
        note(parentId, actor, "モール更新", "同梱した受注 " + child.getMallOrderNumber() + " がモール側で変更されたため確認待にしました (モールステータス: "
                + details.mallStatusRaw() + ")");
        return new Registration(child.getId(), Registration.Outcome.FLAGGED_AFTER_EXPORT);
    }

    /** The whole aggregate, loaded for use outside a transaction (screens, API). */
    @Transactional(readOnly = true)
    public Optional<Order> find(long orderId) {
        return orders.findById(orderId).map(OrderBook::loaded);
    }

    @Transactional(readOnly = true)
    public Order require(long orderId) {
        return loaded(load(orderId));
    }

    @Transactional(readOnly = true)
    public Optional<Order> findByMallOrderNumber(long shopId, String mallOrderNumber) {
        return orders.findByShopIdAndMallOrderNumber(shopId, mallOrderNumber).map(OrderBook::loaded);
    }

    /** Shipment id → order id for the shipments that exist (a tracking file's お客様管理番号 in one query per 1,000). */
    @Transactional(readOnly = true)
    public Map<Long, Long> findIdsByShipmentIds(Collection<Long> shipmentIds) {
        Map<Long, Long> found = new HashMap<>();
        List<Long> ids = List.copyOf(shipmentIds);
        for (int from = 0; from < ids.size(); from += 1000) {
            for (Object[] row : orders.findIdsByShipmentIds(ids.subList(from, Math.min(ids.size(), from + 1000)))) {
                found.put((Long) row[0], (Long) row[1]);
            }
        }
        return found;
    }

    /** One shipment's keys: which order, its number within the order and its 配送方法. */
    public record ShipmentKey(long orderId, long shipmentId, int seq, String deliveryMethodCode) {
    }

    /** The shipments of these orders, without loading the orders (for matching tracking files to shipments). */
    public List<ShipmentKey> shipmentKeys(Collection<Long> orderIds) {
        List<Long> ids = List.copyOf(orderIds);
        List<ShipmentKey> keys = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += 1000) {
            keys.addAll(jdbc.sql("SELECT order_id, id, seq, delivery_method_code FROM order_shipment WHERE order_id IN (:ids)")
                    .param("ids", ids.subList(from, Math.min(ids.size(), from + 1000)))
                    .query((rs, i) -> new ShipmentKey(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4))).list());
        }
        return keys;
    }

    /** Orders with this mall 注文番号, in one shop or (shopId {@code null}) in all. */
    @Transactional(readOnly = true)
    public List<Long> findIdsByMallOrderNumber(String mallOrderNumber, Long shopId) {
        return orders.findIdsByMallOrderNumber(mallOrderNumber, shopId);
    }

    /**
     * Orders in a status that a 出荷 screen works on (出荷待 for 出荷指示, 出荷済 for 荷物番号連携), oldest first; blank
     * filters are left out.
     */
    @Transactional(readOnly = true)
    public List<Long> findIdsForShipping(OrderStatus status, Long shopId, String paymentMethodCode, String deliveryMethodCode) {
        return orders.findIdsForShipping(status, shopId, blankToNull(paymentMethodCode), blankToNull(deliveryMethodCode));
    }

    /** Several orders, loaded, in the order of the ids (unknown ids are left out). */
    @Transactional(readOnly = true)
    public List<Order> requireAll(List<Long> orderIds) {
        Map<Long, Order> found = new HashMap<>();
        orders.findAllById(orderIds).forEach(o -> found.put(o.getId(), loaded(o)));
        return orderIds.stream().map(found::get).filter(Objects::nonNull).toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Stores what a check run found; returns whether the order now needs review. */
    @Transactional
    public boolean applyChecks(long orderId, Set<CheckFlag> checkedKinds, Map<CheckFlag, String> found) {
        Order order = load(orderId);
        if (order.applyCheckResult(checkedKinds, found, clock.instant()) && !found.isEmpty()) {
            note(orderId, currentUser(), "チェック", "警告: " + String.join("、", found.values()));
        }
        return order.needsReview();
    }

    @Transactional
    public void resolveFlag(long orderId, CheckFlag flag) {
        load(orderId).resolveFlag(flag, clock.instant());
        note(orderId, currentUser(), "警告解除", "「" + flag.label() + "」を解除しました");
    }

    /**
     * A move decided by the process (automatic progress). Idempotent: the current status again is a no-op;
     * while the order is 保留 the move is kept for 保留解除.
     */
    @Transactional
    public void moveTo(long orderId, OrderStatus target) {
        Order order = load(orderId);
        OrderStatus from = order.getStatus();
        switch (order.moveByProcess(target, clock.instant())) {
            case MOVED -> note(orderId, currentUser(), "進捗", from.label() + " → " + target.label());
            case KEPT_FOR_RELEASE -> note(orderId, currentUser(), "進捗", "保留中のため「" + target.label() + "」は保留解除後に反映します");
            case ALREADY_THERE -> { }
        }
    }

    /** 保留解除 decided by the process: back to where the order would be without the hold. Idempotent. */
    @Transactional
    public void releaseHold(long orderId) {
        Order order = load(orderId);
        order.releaseHold(clock.instant()).ifPresent(target ->
                note(orderId, currentUser(), "進捗", OrderStatus.ON_HOLD.label() + " → " + target.label() + " (保留解除)"));
    }

    /** キャンセル指示: checked here, carried out by the order's process. */
    @Transactional
    public void requestCancellation(long orderId, String actor, String reason) {
        Order order = load(orderId);
        if (!order.getStatus().canMoveTo(OrderStatus.CANCELLED)) {
            throw new ConflictException("status_transition", "status", "「" + order.getStatus().label() + "」の受注はキャンセルできません");
        }
        note(orderId, actor, "キャンセル指示", reason == null || reason.isBlank() ? "キャンセルを指示しました" : reason);
        events.publishEvent(OrderCancelled.of(orderId, reason));
    }

    /** 保留指示: checked here, carried out by the order's process. */
    @Transactional
    public void requestHold(long orderId, String actor) {
        Order order = load(orderId);
        if (order.getStatus() == OrderStatus.ON_HOLD || !order.getStatus().canMoveTo(OrderStatus.ON_HOLD)) {
            throw new ConflictException("status_transition", "status", "「" + order.getStatus().label() + "」の受注は保留にできません");
        }
        note(orderId, actor, "保留指示", "保留を指示しました");
        events.publishEvent(OrderHoldRequested.of(orderId));
    }

    /** 保留解除指示: checked here, carried out by the order's process. */
    @Transactional
    public void requestRelease(long orderId, String actor) {
        Order order = load(orderId);
        if (order.getStatus() != OrderStatus.ON_HOLD) {
            throw new ConflictException("status_transition", "status", "「" + order.getStatus().label() + "」の受注は保留中ではありません");
        }
        note(orderId, actor, "保留解除指示", "保留解除を指示しました");
        events.publishEvent(OrderReleaseRequested.of(orderId));
    }

    /**
     * 出荷指示 exported for this order (called by the shipping export) with the 出荷予定日 printed on its labels.
     * The first export moves the order to 出荷中 through its process; a re-export of an order already 出荷中 is
     * only logged.
     *
     * @return whether this was the first export (a 出荷指示 went to the process)
     */
    @Transactional
    public boolean recordShippingInstructed(long orderId, LocalDate plannedShipOn, String actor) {
        return recordShippingInstructed(List.of(orderId), plannedShipOn, actor).contains(orderId);
    }

    /**
     * 出荷指示 for many orders in one transaction (an export records its orders in chunks of hundreds): every order's
     * status is checked against {@link Order#requireShippingInstructable}, then the chunk is written set-based (first
     * export time, 出荷予定日 of every shipment, version), its history rows in one batch and its first exports in one
     * {@link ShippingInstructed}. Loading and flushing each aggregate cost more than the rest of the export together.
     * One order that cannot be instructed, or changed meanwhile, refuses the whole call, so the caller can redo the
     * orders one by one.
     *
     * @return the ids exported for the first time (the others were 再出力)
     */
    @Transactional
    public Set<Long> recordShippingInstructed(List<Long> orderIds, LocalDate plannedShipOn, String actor) {
        Instant now = clock.instant();
        String by = actor == null ? currentUser() : actor;
        record Current(long id, OrderStatus status, boolean exported, long version) {
        }
        Map<Long, Boolean> exportedBefore = new HashMap<>();
        List<OrderBulkWrites.VersionedId> versions = new ArrayList<>();
        for (Current current : jdbc.sql("SELECT id, status, shipping_exported_at, version FROM sales_order WHERE id IN (:ids)")
                .param("ids", orderIds)
                .query((rs, i) -> new Current(rs.getLong(1), OrderStatus.valueOf(rs.getString(2)), rs.getObject(3) != null,
                        rs.getLong(4))).list()) {
            Order.requireShippingInstructable(current.status());
            exportedBefore.put(current.id(), current.status() == OrderStatus.SHIPPING || current.exported());
            versions.add(new OrderBulkWrites.VersionedId(current.id(), current.version()));
        }
        orderIds.stream().filter(id -> !exportedBefore.containsKey(id)).findFirst().ifPresent(id -> {
            throw new NotFoundException("受注 " + id + " はありません");
        });
        if (!bulkWrites.markShippingInstructed(versions, now)) {
            throw new OptimisticLockingFailureException("an order of the chunk changed while 出荷指示 was recorded");
        }
        if (plannedShipOn != null) {
            jdbc.sql("UPDATE order_shipment SET planned_ship_on = :day WHERE order_id IN (:ids)")
                    .param("day", plannedShipOn).param("ids", orderIds).update();
        }
        Set<Long> first = new LinkedHashSet<>();
        List<OrderHistoryEntry> notes = new ArrayList<>();
        for (long id : orderIds) {
            if (exportedBefore.get(id)) {
                notes.add(new OrderHistoryEntry(id, now, by, "出荷指示(再出力)", "出荷指示データを再出力しました"));
            } else {
                notes.add(new OrderHistoryEntry(id, now, by, "出荷指示", "出荷指示データを出力しました"));
                first.add(id);
            }
        }
        bulkWrites.appendHistory(notes);
        if (!first.isEmpty()) {
            events.publishEvent(ShippingInstructed.of(List.copyOf(first)));
        }
        return first;
    }

    /**
     * 荷物番号 etc. for one shipment from a tracking file (出荷確定インポート). Idempotent: the same data again
     * changes nothing and returns {@code false}.
     */
    @Transactional
    public boolean recordTracking(long orderId, int shipmentSeq, ShipmentTracking tracking, String actor) {
        ShipmentRecord record = recordShipments(Map.of(orderId, List.of(new SeqTracking(shipmentSeq, tracking))), false, actor)
                .get(orderId);
        return record != ShipmentRecord.UNCHANGED;
    }

    /**
     * 出荷確定 for this order (called by the tracking-number import once every shipment has its 荷物番号).
     * An order already 出荷済 or later is left alone, so a second import of the same file sends nothing.
     *
     * @return whether the order was confirmed now
     */
    @Transactional
    public boolean recordShipmentConfirmed(long orderId, String actor) {
        ShipmentRecord record = recordShipments(Map.of(orderId, List.of()), true, actor).get(orderId);
        if (record == ShipmentRecord.AWAITING_OTHER_SHIPMENTS) {
            throw new ConflictException("no_tracking", "trackingNumber", "荷物番号のない送付先があるため出荷確定できません");
        }
        return record == ShipmentRecord.CONFIRMED;
    }

    /** The 荷物番号 etc. of one shipment, by its number within the order. */
    public record SeqTracking(int shipmentSeq, ShipmentTracking tracking) {
    }

    /** What {@link #recordShipments} did to one order. */
    public enum ShipmentRecord {
        /** 出荷確定 now (→ 出荷済 through the process). */
        CONFIRMED,
        /** 荷物番号 changed on an order already 出荷済 or later. */
        UPDATED,
        /** Nothing new. */
        UNCHANGED,
        /** 荷物番号 recorded, but a shipment still has none, so no 出荷確定 yet. */
        AWAITING_OTHER_SHIPMENTS
    }

    /**
     * 出荷確定インポート for many orders in one transaction: records each order's 荷物番号 through its aggregate and,
     * when {@code confirm} is set, confirms every order that now has them for all shipments (orders already 出荷済
     * are left alone, so the same file twice sends nothing). History rows go in one batch and the confirmations in one
     * {@link ShipmentConfirmed}. One order that refuses (status, no 荷物番号) refuses the whole call, so the caller can
     * redo the orders one by one.
     */
    @Transactional
    public Map<Long, ShipmentRecord> recordShipments(Map<Long, List<SeqTracking>> trackingByOrder, boolean confirm, String actor) {
        Instant now = clock.instant();
        String by = actor == null ? currentUser() : actor;
        Map<Long, ShipmentRecord> records = new LinkedHashMap<>();
        List<OrderHistoryEntry> notes = new ArrayList<>();
        List<Long> confirmed = new ArrayList<>();
        for (Order order : requireManaged(List.copyOf(trackingByOrder.keySet()))) {
            boolean alreadyShipped = order.getStatus() == OrderStatus.SHIPPED || order.getStatus() == OrderStatus.COMPLETED;
            boolean changed = false;
            for (SeqTracking entry : trackingByOrder.get(order.getId())) {
                if (order.recordTracking(entry.shipmentSeq(), entry.tracking(), now)) {
                    changed = true;
                    notes.add(new OrderHistoryEntry(order.getId(), now, by, "荷物番号", "送付先" + entry.shipmentSeq() + ": "
                            + String.join(", ", order.shipment(entry.shipmentSeq()).trackingNumbers())));
                }
            }
            ShipmentRecord record;
            if (alreadyShipped || !confirm) {
                record = changed ? ShipmentRecord.UPDATED : ShipmentRecord.UNCHANGED;
            } else {
                requireConfirmableStatus(order);
                if (!order.isFullyTracked()) {
                    record = ShipmentRecord.AWAITING_OTHER_SHIPMENTS;
                } else {
                    notes.add(new OrderHistoryEntry(order.getId(), now, by, "出荷確定", "出荷を確定しました"));
                    confirmed.add(order.getId());
                    record = ShipmentRecord.CONFIRMED;
                }
            }
            records.put(order.getId(), record);
        }
        bulkWrites.appendHistory(notes);
        if (!confirmed.isEmpty()) {
            events.publishEvent(ShipmentConfirmed.of(confirmed));
        }
        return records;
    }

    private static void requireConfirmableStatus(Order order) {
        if (order.getStatus() != OrderStatus.SHIPPING
                && !(order.getStatus() == OrderStatus.READY_TO_SHIP && order.getShippingExportedAt() != null)) {
            throw new ConflictException("status_transition", "status", "「" + order.getStatus().label() + "」の受注は出荷確定できません");
        }
    }

    /** The order's 荷物番号 were written to a mall upload file (called by the shipping module's tracking-file job). */
    @Transactional
    public void recordTrackingFileGenerated(long orderId, String fileName, String actor) {
        load(orderId);
        note(orderId, actor, "荷物番号連携", "モール用の荷物番号ファイル " + fileName + " に出力しました");
        events.publishEvent(TrackingFileGenerated.of(orderId));
    }

    /** Adds a タグ (no-op when present). */
    @Transactional
    public void tag(long orderId, String tag, String actor) {
        Order order = load(orderId);
        if (!order.getTags().contains(tag)) {
            order.tag(tag, clock.instant());
            note(orderId, actor, "タグ", "「" + tag + "」を付けました");
        }
    }

    /** Removes a タグ (no-op when absent). */
    @Transactional
    public void untag(long orderId, String tag, String actor) {
        Order order = load(orderId);
        if (order.getTags().contains(tag)) {
            order.untag(tag, clock.instant());
            note(orderId, actor, "タグ", "「" + tag + "」を外しました");
        }
    }

    /** A move an operator made by hand: the order switches to 手動 progress. */
    @Transactional
    public void moveManually(long orderId, OrderStatus target) {
        Order order = load(orderId);
        OrderStatus from = order.getStatus();
        order.moveManually(target, clock.instant());
        note(orderId, currentUser(), "進捗(手動)", from.label() + " → " + target.label());
    }

    /**
     * Switches the order to 手動 progress for a reason the system found (e.g. a payment-method mapping
     * error at import, as TEMPOSTAR does): automatic moves then wait for an operator.
     */
    @Transactional
    public void switchToManualProgress(long orderId, String actor, String reason) {
        Order order = load(orderId);
        if (!order.isManualProgress()) {
            order.setManualProgress(true, clock.instant());
            note(orderId, actor, "進捗遷移", "手動に切り替えました: " + reason);
        }
    }

    /** The mall reports the order as cancelled (キャンセル確定): it is closed as キャンセル, never active. */
    @Transactional
    public void cancelAsMallCancelled(long orderId, String actor, String mallStatus) {
        Order order = load(orderId);
        if (order.getStatus() == OrderStatus.CANCELLED) {
            return;
        }
        OrderStatus from = order.getStatus();
        order.moveTo(OrderStatus.CANCELLED, clock.instant());
        note(orderId, actor, "進捗", from.label() + " → " + OrderStatus.CANCELLED.label() + " (モールでキャンセル済み: " + mallStatus + ")");
        events.publishEvent(OrderCancelled.of(orderId, "モールでキャンセル済み: " + mallStatus));
    }

    /** Adds a line to the order history, e.g. what an import repaired in the mall's data. */
    @Transactional
    public void addNote(long orderId, String actor, String kind, String text) {
        load(orderId);
        note(orderId, actor, kind, text);
    }

    @Transactional(readOnly = true)
    public List<OrderHistoryEntry> history(long orderId) {
        return history.findByOrderIdOrderById(orderId);
    }

    /**
     * The id of a registered order by its mall number: a plain indexed query, because the derived JPA
     * query costs more than the rest of a registration's look-ups together (measured on imports).
     */
    private Optional<Long> idOf(long shopId, String mallOrderNumber) {
        return jdbc.sql("SELECT id FROM sales_order WHERE shop_id = :shop AND mall_order_number = :number")
                .param("shop", shopId).param("number", mallOrderNumber).query(Long.class).optional();
    }

    /** The orders, managed in the caller's transaction, in the given order; a missing one is a {@link NotFoundException}. */
    private List<Order> requireManaged(List<Long> orderIds) {
        Map<Long, Order> found = new HashMap<>();
        orders.findAllById(orderIds).forEach(o -> found.put(o.getId(), o));
        return orderIds.stream().map(id -> {
            Order order = found.get(id);
            if (order == null) {
                throw new NotFoundException("受注 " + id + " はありません");
            }
            return order;
        }).toList();
    }

    private Order load(long orderId) {
        return orders.findById(orderId).orElseThrow(() -> new NotFoundException("受注 " + orderId + " はありません"));
    }

    /** Reads every collection once (through the read-only views) so the aggregate is usable detached. */
    private static Order loaded(Order order) {
        order.getFlags().size();
        order.getTags().size();
        order.getShipments().forEach(shipment -> {
            shipment.getLines().size();
            shipment.getParcels().size();
        });
        return order;
    }

    /** History text is limited to its column (2000 characters); longer texts end with "…". */
    private void note(long orderId, String actor, String kind, String text) {
        String limited = text.length() > 2000 ? text.substring(0, 1999) + "…" : text;
        history.save(new OrderHistoryEntry(orderId, clock.instant(), actor == null ? currentUser() : actor, kind, limited));
    }

    private static String currentUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "system" : auth.getName();
    }

    static String fingerprint(OrderDetails details) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(details.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
