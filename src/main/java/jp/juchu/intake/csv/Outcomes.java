package jp.juchu.intake.csv;

import java.util.List;
import jp.juchu.intake.ImportIssue;
import jp.juchu.intake.ImportedOrder;
import jp.juchu.intake.ImportedOrderSink;
import jp.juchu.intake.ReadSummary;
import jp.juchu.intake.RejectedOrder;

/** Passes outcomes to the sink and counts them for the {@link ReadSummary}. */
final class Outcomes {

    private static final int PROGRESS_EVERY = 1000;

    private final ImportedOrderSink sink;
    private long rows;
    private int accepted;
    private int rejected;

    Outcomes(ImportedOrderSink sink) {
        this.sink = sink;
    }

    void row() {
        rows++;
        if (rows % PROGRESS_EVERY == 0) {
            sink.rowsRead(rows);
        }
    }

    void accept(ImportedOrder order) {
        accepted++;
        sink.accepted(order);
    }

    /** Rejects an order, stamping its number on every problem. */
    void reject(String orderNumber, String file, long line, List<ImportIssue> problems) {
        rejected++;
        sink.rejected(new RejectedOrder(orderNumber, file, line,
                problems.stream().map(problem -> problem.withOrderNumber(orderNumber)).toList()));
    }

    ReadSummary summary(List<String> files, String charset, ImportIssue fileError) {
        sink.rowsRead(rows);
        return new ReadSummary(files, charset, rows, accepted, rejected, fileError);
    }
}
