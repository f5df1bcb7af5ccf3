package jp.juchu.order;

/** What registering one mall order did: created it, found it unchanged, updated it, or flagged it. */
public record Registration(long orderId, Outcome outcome) {

    public enum Outcome { REGISTERED, UNCHANGED, UPDATED, FLAGGED_AFTER_EXPORT }
}
