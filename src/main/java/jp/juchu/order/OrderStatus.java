package jp.juchu.order;

import java.util.EnumSet;
import java.util.Set;

/**
 * 受注進捗. The process decides when an order moves; this table decides whether it may.
 * 保留 and キャンセル can be reached from every open status; 同梱済 only before shipping.
 */
public enum OrderStatus {
    NEW("新規受付"),
    REVIEW("確認待"),
    AWAITING_PAYMENT("入金待"),
    READY_TO_SHIP("出荷待"),
    SHIPPING("出荷中"),
    SHIPPED("出荷済"),
    COMPLETED("完了"),
    ON_HOLD("保留"),
    CANCELLED("キャンセル"),
    BUNDLED("同梱済");

    private final String label;

    OrderStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isClosed() {
        return this == COMPLETED || this == CANCELLED || this == BUNDLED;
    }

    /** Still changeable by the mall: instructions have not been exported to the carrier yet. */
    public boolean isBeforeShipping() {
        return this == NEW || this == REVIEW || this == AWAITING_PAYMENT || this == READY_TO_SHIP || this == ON_HOLD;
    }

    public boolean canMoveTo(OrderStatus target) {
        return this != target && allowedTargets().contains(target);
    }

    private Set<OrderStatus> allowedTargets() {
        return switch (this) {
            case NEW, REVIEW, AWAITING_PAYMENT, READY_TO_SHIP, ON_HOLD ->
                    EnumSet.of(NEW, REVIEW, AWAITING_PAYMENT, READY_TO_SHIP, SHIPPING, ON_HOLD, CANCELLED, BUNDLED);
            case SHIPPING -> EnumSet.of(READY_TO_SHIP, SHIPPED, ON_HOLD, CANCELLED);
            case SHIPPED -> EnumSet.of(COMPLETED, ON_HOLD);
            case COMPLETED, CANCELLED, BUNDLED -> EnumSet.noneOf(OrderStatus.class);
        };
    }
}
