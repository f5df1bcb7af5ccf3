package jp.juchu.payment;

import jp.juchu.core.DomainException;

/**
 * The 後払い provider refused to register the order's transaction for a business reason (e.g. the address
 * is not accepted); {@link #getMessage()} is the provider's reason in Japanese. Retrying the same data
 * will not help: the order needs a fix first (the process maps this to a BPMN error).
 */
public class DeferredRegistrationRejected extends DomainException {

    private final long orderId;

    public DeferredRegistrationRejected(long orderId, String message) {
        super("deferred_registration_rejected", message, null);
        this.orderId = orderId;
    }

    public long orderId() {
        return orderId;
    }
}
