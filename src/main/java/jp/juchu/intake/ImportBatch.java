package jp.juchu.intake;

import java.util.ArrayList;
import java.util.List;

/** Everything read from a file, collected in memory (for small files, tests and previews). */
public record ImportBatch(List<ImportedOrder> orders, List<RejectedOrder> rejected, ReadSummary summary) {

    public ImportBatch {
        orders = List.copyOf(orders);
        rejected = List.copyOf(rejected);
    }

    /** Every problem: the file error (if any) first, then each rejected order's reasons. */
    public List<ImportIssue> problems() {
        List<ImportIssue> problems = new ArrayList<>();
        if (summary.fileError() != null) {
            problems.add(summary.fileError());
        }
        rejected.forEach(order -> problems.addAll(order.problems()));
        return problems;
    }

    /** A sink that collects into lists; {@link #toBatch} turns them into an {@code ImportBatch}. */
    public static final class Collector implements ImportedOrderSink {

        private final List<ImportedOrder> orders = new ArrayList<>();
        private final List<RejectedOrder> rejected = new ArrayList<>();

        @Override
        public void accepted(ImportedOrder order) {
            orders.add(order);
        }

        @Override
        public void rejected(RejectedOrder order) {
            rejected.add(order);
        }

        public ImportBatch toBatch(ReadSummary summary) {
            return new ImportBatch(orders, rejected, summary);
        }
    }
}
