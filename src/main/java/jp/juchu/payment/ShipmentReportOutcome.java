package jp.juchu.payment;

/** How a 後払い 出荷報告 call ended (see {@link DeferredPayments#reportShipment(long)}). */
public enum ShipmentReportOutcome {
    /** NP後払い has the report now. */
    REPORTED,
    /** A CSV provider's transaction waits for the 出荷報告 CSV (now or from an earlier call). */
    AWAITING_CSV,
    /** Reported before; nothing was sent. */
    ALREADY_REPORTED,
    /** The order has no active 後払い transaction; nothing to report. */
    NO_TRANSACTION
}
