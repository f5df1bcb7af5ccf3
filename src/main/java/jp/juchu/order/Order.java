package jp.juchu.order;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.juchu.core.ConflictException;
import jp.juchu.core.InvalidInputException;
import org.hibernate.annotations.DynamicUpdate;

/**
 * 受注: the aggregate root. It owns its shipments and lines, its open check flags and tags, and
 * decides whether a status change, a mall update or an operator's fix is allowed.
 */
@Entity
@DynamicUpdate
@Table(name = "sales_order")
public class Order {

    /** Keys come in blocks from {@code id_block} ({@link KeyBlocks}), so inserts can be batched. */
    @Id
    @BlockKey(KeyBlocks.ORDERS)
    private Long id;

    @Column(name = "shop_id", nullable = false, updatable = false)
    private long shopId;

    @Column(name = "mall_order_number", nullable = false, updatable = false, length = 64)
    private String mallOrderNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private OrderSource source;

    @Column(name = "ordered_at", nullable = false)
    private Instant orderedAt;

    @Column(name = "mall_status_raw", length = 100)
    private String mallStatusRaw;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private OrderStatus status;

    /** While 保留: the status 保留解除 returns to (the latest move the process decided during the hold). */
    @Enumerated(EnumType.STRING)
    @Column(name = "status_before_hold", length = 20)
    private OrderStatus statusBeforeHold;

    /** 受注進捗遷移 手動: automatic moves wait for an operator's decision. */
    @Column(name = "manual_progress", nullable = false)
    private boolean manualProgress;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "name", column = @Column(name = "orderer_name", nullable = false, length = 100)),
        @AttributeOverride(name = "kana", column = @Column(name = "orderer_kana", length = 100)),
        @AttributeOverride(name = "postalCode", column = @Column(name = "orderer_postal_code", length = 8)),
        @AttributeOverride(name = "prefecture", column = @Column(name = "orderer_prefecture", length = 10)),
        @AttributeOverride(name = "address1", column = @Column(name = "orderer_address1", length = 200)),
        @AttributeOverride(name = "address2", column = @Column(name = "orderer_address2", length = 200)),
        @AttributeOverride(name = "phone", column = @Column(name = "orderer_phone", length = 20))
    })
    private Contact orderer;

    @Column(name = "orderer_email", length = 254)
    private String ordererEmail;

    @Column(name = "payment_method_code", length = 40)
    private String paymentMethodCode;

    @Column(name = "payment_method_raw", length = 100)
    private String paymentMethodRaw;

    @Column(name = "payment_category", length = 20)
    private String paymentCategory;

    @Embedded
    private OrderAmounts amounts;

    @Column(name = "gift_requested", nullable = false)
    private boolean giftRequested;

    @Column(length = 200)
    private String wrapping;

    @Column(columnDefinition = "TEXT")
    private String comments;

    @Column(name = "shop_memo", columnDefinition = "TEXT")
    private String shopMemo;

    @Column(name = "mall_confirming", nullable = false)
    private boolean mallConfirming;

    @Column(name = "mall_warning", length = 100)
    private String mallWarning;

    @Column(name = "remote_island", nullable = false)
    private boolean remoteIsland;

    /** Fingerprint of what the mall last sent, to tell a changed order from a re-imported one. */
    @Column(name = "mall_content_hash", length = 64)
    private String mallContentHash;

    @Column(name = "shipping_exported_at")
    private Instant shippingExportedAt;

    @Column(name = "parent_order_id")
    private Long parentOrderId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "order_id", nullable = false)
    @OrderBy("seq")
    private List<Shipment> shipments = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "order_flag", joinColumns = @JoinColumn(name = "order_id"))
    private Set<RaisedFlag> flags = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "order_tag", joinColumns = @JoinColumn(name = "order_id"))
    @Column(name = "tag", length = 50)
    private Set<String> tags = new LinkedHashSet<>();

    protected Order() {
    }

    private Order(long shopId, OrderDetails details, String contentHash, Instant now) {
        this.shopId = shopId;
        this.mallOrderNumber = details.mallOrderNumber();
        this.source = details.source();
        this.status = OrderStatus.NEW;
        this.createdAt = now;
        apply(details, contentHash, now);
    }

    static Order register(long shopId, OrderDetails details, String contentHash, Instant now) {
        return new Order(shopId, details, contentHash, now);
    }

    /** What a re-import of the same mall order did to this order. */
    public enum MallUpdate { UNCHANGED, UPDATED, FLAGGED_AFTER_EXPORT, FLAGGED_AFTER_BUNDLING }

    MallUpdate updateFromMall(OrderDetails details, String contentHash, Instant now) {
        if (contentHash.equals(mallContentHash)) {
            return MallUpdate.UNCHANGED;
        }
        if (shippingExportedAt != null || !status.isBeforeShipping()) {
            this.mallContentHash = contentHash;
            raise(CheckFlag.MALL_CHANGED_AFTER_EXPORT, "出荷指示の後にモール側で注文内容が変更されました (モールステータス: "
                    + details.mallStatusRaw() + ")", now);
            return MallUpdate.FLAGGED_AFTER_EXPORT;
        }
        if (isBundleParent()) {
            this.mallContentHash = contentHash;
            raise(CheckFlag.MALL_CHANGED_AFTER_EXPORT, "同梱した後にモール側で注文内容が変更されました。同梱済みの明細・金額は変更していません (モールステータス: "
                    + details.mallStatusRaw() + ")", now);
            return MallUpdate.FLAGGED_AFTER_BUNDLING;
        }
        apply(details, contentHash, now);
        return MallUpdate.UPDATED;
    }

    private void apply(OrderDetails details, String contentHash, Instant now) {
        this.orderedAt = details.orderedAt();
        this.mallStatusRaw = details.mallStatusRaw();
        this.orderer = details.orderer();
        this.ordererEmail = details.ordererEmail();
        this.paymentMethodCode = details.paymentMethodCode();
        this.paymentMethodRaw = details.paymentMethodRaw();
        this.paymentCategory = details.paymentCategory();
        this.amounts = details.amounts();
        this.giftRequested = details.giftRequested();
        this.wrapping = details.wrapping();
        this.comments = details.comments();
        this.shopMemo = details.shopMemo();
        this.mallConfirming = details.mallConfirming();
        this.mallWarning = details.mallWarning();
        this.remoteIsland = details.remoteIsland();
        this.mallContentHash = contentHash;
        replaceShipments(details.shipments());
        this.updatedAt = now;
    }

    /** Updates shipments in place by position: rows keep their ids, and no unique (order, seq) is reused mid-flush. */
    private void replaceShipments(List<ShipmentDetails> next) {
        while (shipments.size() > next.size()) {
            shipments.remove(shipments.size() - 1);
        }
        for (int i = 0; i < next.size(); i++) {
            if (i < shipments.size()) {
                shipments.get(i).apply(next.get(i));
            } else {
                shipments.add(new Shipment(i + 1, next.get(i)));
            }
        }
    }

    /**
     * Replaces the flags of the kinds a check run looked at with what it found; flags of other
     * kinds (an operator's tag stop, a mall change after export) are left alone.
     *
     * @return whether any flag was raised or cleared
     */
    boolean applyCheckResult(Set<CheckFlag> checkedKinds, Map<CheckFlag, String> found, Instant now) {
        if (status == OrderStatus.BUNDLED) {
            return false; // 同梱済 is final: the parent carries the checks for the merged parcel
        }
        Set<RaisedFlag> before = Set.copyOf(flags);
        flags.removeIf(f -> checkedKinds.contains(f.flag()) && !found.containsKey(f.flag()));
        found.forEach((flag, reason) -> raise(flag, reason, now));
        boolean changed = !before.equals(Set.copyOf(flags));
        if (changed) {
            this.updatedAt = now;
        }
        return changed;
    }

    void resolveFlag(CheckFlag flag, Instant now) {
        if (flags.removeIf(f -> f.flag() == flag)) {
            this.updatedAt = now;
        } else {
            throw new ConflictException("flag", "「" + flag.label() + "」は発生していません");
        }
    }

    private void raise(CheckFlag flag, String reason, Instant now) {
        Optional<RaisedFlag> existing = flags.stream().filter(f -> f.flag() == flag).findFirst();
        if (existing.isPresent() && existing.get().reason().equals(reason)) {
            return;
        }
        existing.ifPresent(flags::remove);
        flags.add(new RaisedFlag(flag, reason, existing.map(RaisedFlag::raisedAt).orElse(now)));
        this.updatedAt = now;
    }

    /** Whether an open flag stops this order at 確認待. */
    public boolean needsReview() {
        return flags.stream().anyMatch(f -> f.flag().isBlocking());
    }

    void moveTo(OrderStatus target, Instant now) {
        if (!status.canMoveTo(target)) {
            throw new ConflictException("status_transition", "status",
                    "受注進捗を「" + status.label() + "」から「" + target.label() + "」には変更できません");
        }
        this.status = target;
        this.updatedAt = now;
    }

    /**
     * A move the process decided. Moving to the current status is a no-op (a retried job); while the order
     * is 保留 the move is remembered for 保留解除 instead, except キャンセル and 同梱済 which end the hold.
     *
     * @return what happened, for the history
     */
    ProcessMove moveByProcess(OrderStatus target, Instant now) {
        if (status == target) {
            return ProcessMove.ALREADY_THERE;
        }
        if (target == OrderStatus.ON_HOLD) {
            OrderStatus before = status;
            moveTo(OrderStatus.ON_HOLD, now);
            this.statusBeforeHold = before;
            return ProcessMove.MOVED;
        }
        if (status == OrderStatus.ON_HOLD && target != OrderStatus.CANCELLED && target != OrderStatus.BUNDLED) {
            if (target == statusBeforeHold) {
                return ProcessMove.ALREADY_THERE;
            }
            this.statusBeforeHold = target;
            this.updatedAt = now;
            return ProcessMove.KEPT_FOR_RELEASE;
        }
        moveTo(target, now);
        this.statusBeforeHold = null;
        return ProcessMove.MOVED;
    }

    /** What {@link #moveByProcess} did. */
    enum ProcessMove { MOVED, ALREADY_THERE, KEPT_FOR_RELEASE }

    /**
     * 保留解除: back to the status before the hold, or to the one the process reached meanwhile.
     *
     * @return the status after release, empty when the order was not on hold (a retried job)
     */
    Optional<OrderStatus> releaseHold(Instant now) {
        if (status != OrderStatus.ON_HOLD) {
            return Optional.empty();
        }
        OrderStatus target = statusBeforeHold == null ? OrderStatus.REVIEW : statusBeforeHold;
        this.status = target;
        this.statusBeforeHold = null;
        this.updatedAt = now;
        return Optional.of(target);
    }

    public OrderStatus getStatusBeforeHold() {
        return statusBeforeHold;
    }

    /** The statuses that take a 出荷指示: 出荷待, and 出荷中 for a re-export. */
    static final Set<OrderStatus> SHIPPING_INSTRUCTABLE = EnumSet.of(OrderStatus.READY_TO_SHIP, OrderStatus.SHIPPING);

    /**
     * The rule of 出荷指示 (the instructions went to the carrier software; the mall's later changes need review). An
     * export records thousands of orders at once, so {@link OrderBook} applies it as one set-based update per chunk
     * (first export time kept, 出荷予定日 on every shipment) after checking each order's status here.
     */
    static void requireShippingInstructable(OrderStatus status) {
        if (!SHIPPING_INSTRUCTABLE.contains(status)) {
            throw new ConflictException("status_transition", "status", "「" + status.label() + "」の受注は出荷指示できません");
        }
    }

    /** An operator's status change: like TEMPOSTAR, the order then stays on 手動 progress. */
    void moveManually(OrderStatus target, Instant now) {
        moveTo(target, now);
        this.manualProgress = true;
    }

    void setManualProgress(boolean manual, Instant now) {
        this.manualProgress = manual;
        this.updatedAt = now;
    }

    void choosePaymentMethod(String code, String category, Instant now) {
        requireOpen();
        this.paymentMethodCode = code;
        this.paymentCategory = category;
        this.updatedAt = now;
    }

    void changeOrderer(Contact orderer, String email, Instant now) {
        requireOpen();
        this.orderer = orderer;
        this.ordererEmail = email;
        this.updatedAt = now;
    }

    void changeRecipient(int shipmentSeq, Contact recipient, Instant now) {
        requireOpen();
        shipment(shipmentSeq).changeRecipient(recipient);
        this.updatedAt = now;
    }

    void chooseDeliveryMethod(int shipmentSeq, String code, Instant now) {
        requireOpen();
        shipment(shipmentSeq).chooseDeliveryMethod(code);
        this.updatedAt = now;
    }

    void changeRequestedDelivery(int shipmentSeq, java.time.LocalDate date, String timeSlot, Instant now) {
        requireOpen();
        shipment(shipmentSeq).changeRequestedDate(date, timeSlot);
        this.updatedAt = now;
    }

    /** 出荷確定 data for one shipment; only an order handed to the carrier (出荷中, or 出荷済 for corrections) takes it. */
    boolean recordTracking(int shipmentSeq, ShipmentTracking tracking, Instant now) {
        boolean handedOver = status == OrderStatus.SHIPPING || status == OrderStatus.SHIPPED || status == OrderStatus.COMPLETED
                || (status == OrderStatus.READY_TO_SHIP && shippingExportedAt != null);
        if (!handedOver) {
            throw new ConflictException("status_transition", "status", "「" + status.label() + "」の受注は出荷確定できません (出荷指示の後に取り込んでください)");
        }
        boolean changed = shipment(shipmentSeq).record(tracking);
        if (changed) {
            this.updatedAt = now;
        }
        return changed;
    }

    /** Whether every shipment has its 荷物番号. */
    public boolean isFullyTracked() {
        return shipments.stream().allMatch(Shipment::hasTracking);
    }

    void markShippingExported(Instant now) {
        this.shippingExportedAt = now;
        this.updatedAt = now;
    }

    void tag(String tag, Instant now) {
        if (tag == null || tag.isBlank() || tag.length() > 50) {
            throw new InvalidInputException("tag", "タグは1〜50文字にしてください");
        }
        if (tags.add(tag.strip())) {
            this.updatedAt = now;
        }
    }

    void untag(String tag, Instant now) {
        if (tags.remove(tag)) {
            this.updatedAt = now;
        }
    }

    void bundleInto(long parentId, Instant now) {
        if (parentId == id) {
            throw new InvalidInputException("parentOrderId", "同じ受注には同梱できません");
        }
        moveTo(OrderStatus.BUNDLED, now);
        this.parentOrderId = parentId;
    }

    /**
     * 同梱 as the parent: takes over the child's lines (into this order's only 送付先), amounts
     * ({@link OrderAmounts#plus}), remarks, gift wishes and tags. The caller has checked the rules
     * ({@link BundleRules}); the child itself is closed with {@link #bundleInto}.
     */
    void absorb(Order child, Instant now) {
        if (shipments.size() != 1 || child.shipments.size() != 1) {
            throw new ConflictException("bundle_refused", "shipments", "送付先が1件の受注だけを同梱できます");
        }
        shipments.get(0).absorb(child.id, child.shipments.get(0));
        this.amounts = amounts.plus(child.amounts);
        this.comments = Remarks.appendFrom(comments, child.mallOrderNumber, child.comments);
        this.shopMemo = Remarks.appendFrom(shopMemo, child.mallOrderNumber, child.shopMemo);
        this.giftRequested |= child.giftRequested;
        this.wrapping = Remarks.joinDistinct(wrapping, child.wrapping, 200);
        this.tags.addAll(child.tags);
        this.updatedAt = now;
    }

    /** Whether this order took over another order's lines (同梱の親受注). */
    public boolean isBundleParent() {
        return shipments.stream().anyMatch(Shipment::hasBundledLines);
    }

    /**
     * The mall changed this 同梱済 order: it stays as it is (only the fingerprint is kept, so the same change
     * is not reported twice).
     *
     * @return whether the content differs from what the mall sent before
     */
    boolean recordMallChangeAfterBundling(String contentHash) {
        if (contentHash.equals(mallContentHash)) {
            return false;
        }
        this.mallContentHash = contentHash;
        return true;
    }

    /** A bundled child changed in the mall: this parent stops for a person to compare. */
    void flagMallChangeOfChild(String childNumber, String mallStatus, Instant now) {
        raise(CheckFlag.MALL_CHANGED_AFTER_EXPORT, "同梱した受注 " + childNumber + " がモール側で変更されました。同梱済みの明細・金額は変更していません (モールステータス: "
                + mallStatus + ")", now);
    }

    private void requireOpen() {
        if (!status.isBeforeShipping()) {
            throw new ConflictException("order_locked", "status", "「" + status.label() + "」の受注は修正できません");
        }
    }

    Shipment shipment(int seq) {
        return shipments.stream().filter(s -> s.getSeq() == seq).findFirst()
                .orElseThrow(() -> new InvalidInputException("shipment", "送付先 " + seq + " はありません"));
    }

    public Long getId() {
        return id;
    }

    public long getShopId() {
        return shopId;
    }

    public String getMallOrderNumber() {
        return mallOrderNumber;
    }

    public OrderSource getSource() {
        return source;
    }

    public Instant getOrderedAt() {
        return orderedAt;
    }

    public String getMallStatusRaw() {
        return mallStatusRaw;
    }

    public OrderStatus getStatus() {
        return status;
    }

    public boolean isManualProgress() {
        return manualProgress;
    }

    public Contact getOrderer() {
        return orderer;
    }

    public String getOrdererEmail() {
        return ordererEmail;
    }

    public String getPaymentMethodCode() {
        return paymentMethodCode;
    }

    public String getPaymentMethodRaw() {
        return paymentMethodRaw;
    }

    public String getPaymentCategory() {
        return paymentCategory;
    }

    public OrderAmounts getAmounts() {
        return amounts;
    }

    public boolean isGiftRequested() {
        return giftRequested;
    }

    public String getWrapping() {
        return wrapping;
    }

    public String getComments() {
        return comments;
    }

    public String getShopMemo() {
        return shopMemo;
    }

    public boolean isMallConfirming() {
        return mallConfirming;
    }

    public String getMallWarning() {
        return mallWarning;
    }

    public boolean isRemoteIsland() {
        return remoteIsland;
    }

    public Instant getShippingExportedAt() {
        return shippingExportedAt;
    }

    public Long getParentOrderId() {
        return parentOrderId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public List<Shipment> getShipments() {
        return Collections.unmodifiableList(shipments);
    }

    public Set<RaisedFlag> getFlags() {
        return Collections.unmodifiableSet(flags);
    }

    public Set<CheckFlag> getFlagKinds() {
        Set<CheckFlag> kinds = EnumSet.noneOf(CheckFlag.class);
        flags.forEach(f -> kinds.add(f.flag()));
        return kinds;
    }

    public Set<String> getTags() {
        return Collections.unmodifiableSet(tags);
    }
}
