package jp.juchu.intake;

/** Facts a mall states about an order that the checks (状態区分) or the operator must see. */
public enum MallFlag {
    /** 楽天確認中フラグ: Rakuten is still reviewing the order. */
    RAKUTEN_CONFIRMING,
    /** 警告表示タイプ ≠ 0 (楽天) or a mall-side warning of similar meaning. */
    MALL_WARNING,
    /** 離島フラグ: the destination is a remote island (informational; longer transit). */
    REMOTE_ISLAND,
    /** 複数送付先フラグ: the order ships to more than one address. */
    MULTIPLE_DESTINATIONS,
    /** あす楽希望 / next-day delivery requested. */
    NEXT_DAY_DELIVERY,
    /** Amazon Prime order (is-prime). */
    PRIME,
    /** Amazon verge-of-cancellation / verge-of-lateShipment. */
    SHIPMENT_OVERDUE,
    /** An amount is still 未確定 at the mall (楽天 -9999), e.g. 送料未確定; stored as 0. */
    AMOUNT_UNDETERMINED
}
