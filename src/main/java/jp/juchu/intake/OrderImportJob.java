package jp.juchu.intake;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import jp.juchu.intake.csv.AmazonUnshippedOrderReader;
import jp.juchu.intake.csv.RakutenOrderCsvReader;
import jp.juchu.intake.csv.YahooOrderCsvReader;
import jp.juchu.jobs.JobContext;
import jp.juchu.jobs.JobHandler;
import jp.juchu.order.OrderSource;
import jp.juchu.shop.ShopDirectory;
import jp.juchu.shop.ShopRef;
import org.springframework.stereotype.Component;

/**
 * The 受注取込 job: streams the kept file(s) through the mall's reader and registers each complete order
 * through {@link OrderIntake}. Counts: new → imported, changed → updated, same again → duplicates,
 * broken → rejected (each problem with line, column, order number). A file that cannot be read at all
 * (encoding, missing required column, empty) fails the job with the reader's message; a structural break
 * later in the file keeps the orders before it and ends the job PARTIAL. Progress: total is estimated
 * from the physical lines of the orders file and set to the rows actually read at the end.
 */
@Component
class OrderImportJob implements JobHandler {

    private final OrderIntake intake;
    private final ShopDirectory shops;

    OrderImportJob(OrderIntake intake, ShopDirectory shops) {
        this.intake = intake;
        this.shops = shops;
    }

    @Override
    public String type() {
        return OrderImports.JOB_TYPE;
    }

    @Override
    public void run(JobContext context) throws Exception {
        ShopRef shop = shops.require(context.parameter(OrderImports.SHOP));
        ImportFormat format = ImportFormat.valueOf(context.parameter(OrderImports.FORMAT));
        String ordersFile = context.parameter(OrderImports.ORDERS_FILE);
        String itemsFile = context.parameter(OrderImports.ITEMS_FILE);
        context.total(Math.max(0, countLines(context, ordersFile) - 1));
        Counting sink = new Counting(context, shop, itemsFile != null);
        ReadSummary summary;
        try (InputStream orders = context.openInput(ordersFile)) {
            summary = switch (format) {
                case RAKUTEN_CSV -> new RakutenOrderCsvReader().read(ordersFile, orders, sink);
                case AMAZON_REPORT -> new AmazonUnshippedOrderReader().read(ordersFile, orders, sink);
                case YAHOO_CSV, YAHOO_ITEMS_CSV -> {
                    try (InputStream items = context.openInput(itemsFile)) {
                        yield new YahooOrderCsvReader().read(ordersFile, orders, itemsFile, items, sink);
                    }
                }
            };
        }
        sink.finish();
        if (summary.failed() && summary.accepted() + summary.rejected() == 0) {
            throw new UnreadableImportException(summary.fileError().toString());
        }
        if (summary.failed()) {
            sink.report(summary.fileError());
        }
        int rows = (int) Math.min(Integer.MAX_VALUE, summary.rows());
        context.total(rows);
        context.processed(rows);
        context.message(sink.summaryText());
    }

    private static int countLines(JobContext context, String name) throws IOException {
        int lines = 0;
        boolean pending = false;
        try (InputStream in = new BufferedInputStream(context.openInput(name))) {
            byte[] buffer = new byte[64 * 1024];
            int read;
            while ((read = in.read(buffer)) > 0) {
                for (int i = 0; i < read; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                        pending = false;
                    } else {
                        pending = true;
                    }
                }
            }
        }
        return lines + (pending ? 1 : 0);
    }

    /** Registers each delivered order and moves the job's counters. */
    private final class Counting implements ImportedOrderSink {

        private final JobContext context;
        private final boolean twoFiles;
        private final ImportTally tally;
        private final OrderIntake.Batch batch;

        Counting(JobContext context, ShopRef shop, boolean twoFiles) {
            this.context = context;
            this.batch = intake.batch(shop, OrderSource.CSV, context.startedBy());
            this.twoFiles = twoFiles;
            this.tally = new ImportTally(context);
        }

        @Override
        public void accepted(ImportedOrder order) {
            batch.add(order, this::count);
        }

        void finish() {
            batch.flush();
        }

        private void count(ImportOutcome outcome) {
            tally.count(outcome);
            if (outcome.kind() == ImportOutcome.Kind.REJECTED) {
                outcome.issues().forEach(this::report);
            }
        }

        @Override
        public void rejected(RejectedOrder order) {
            tally.rejected();
            order.problems().forEach(issue -> report(issue.withOrderNumber(order.orderNumber())));
        }

        @Override
        public void rowsRead(long rows) {
            context.processed((int) Math.min(Integer.MAX_VALUE, rows));
        }

        void report(ImportIssue issue) {
            String message = twoFiles && issue.file() != null ? issue.file() + ": " + issue.message() : issue.message();
            context.error(issue.line() > 0 ? (int) issue.line() : null, issue.column(), issue.orderNumber(), message);
        }

        String summaryText() {
            return tally.summary();
        }
    }

    /** The file could not be read at all; the message says why (file, line, column). */
    static final class UnreadableImportException extends Exception {

        UnreadableImportException(String message) {
            super(message);
        }
    }
}
