package jp.juchu.payment;

import jp.juchu.core.DomainException;

/**
 * The 後払い provider refused a 出荷報告 or a cancellation for a business reason (unknown transaction,
 * wrong state, invalid slip number …). Retrying will not help; the message says what to check.
 */
public class DeferredOperationRejected extends DomainException {

    public DeferredOperationRejected(String field, String message) {
        super("deferred_operation_rejected", message, field);
    }
}
