package jp.juchu.payment;

/**
 * What the import of one 与信結果 CSV row did.
 *
 * @param line              physical line of the row in the file (the header is line 1)
 * @param shopTransactionId the 加盟店取引ID the row names (may be blank for broken rows)
 * @param orderId           the order, {@code null} when no transaction has that id
 * @param message           Japanese: what was done, or file/line/column and why the row was not used
 */
public record CreditImportResult(long line, String shopTransactionId, Long orderId, Outcome outcome, String message) {

    public enum Outcome {
        /** The result was stored and CreditResultReceived published. */
        UPDATED,
        /** The transaction already had this result: nothing published again. */
        UNCHANGED,
        /** No transaction of this provider has that 加盟店取引ID. */
        UNKNOWN_ORDER,
        /** The transaction is cancelled or already reported as shipped: the result was not applied. */
        IGNORED,
        /** The row is broken (missing value, unknown result); see the message. */
        REJECTED
    }

    public boolean ok() {
        return outcome == Outcome.UPDATED || outcome == Outcome.UNCHANGED;
    }
}
