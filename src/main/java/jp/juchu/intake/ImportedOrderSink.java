package jp.juchu.intake;

/**
 * Receives the outcome of each order as soon as it is complete, so files of any size are read in
 * constant memory. Orders arrive in file order.
 */
public interface ImportedOrderSink {

    void accepted(ImportedOrder order);

    void rejected(RejectedOrder order);

    /** Called now and then with the number of data rows read so far (for progress display). */
    default void rowsRead(long rows) {
    }
}
