package jp.juchu.payment;

import java.io.InputStream;
import java.util.List;
import jp.juchu.jobs.JobContext;
import jp.juchu.jobs.JobHandler;
import org.springframework.stereotype.Component;

/**
 * 与信結果CSV取込 as a job: new results count as updated, results already stored as duplicates, unknown
 * 加盟店取引ID and broken rows as rejected (each with its line and reason).
 */
@Component
class CreditImportJob implements JobHandler {

    private final DeferredPayments payments;

    CreditImportJob(DeferredPayments payments) {
        this.payments = payments;
    }

    @Override
    public String type() {
        return DeferredCsvJobs.IMPORT_TYPE;
    }

    @Override
    public void run(JobContext context) throws Exception {
        DeferredProvider provider = DeferredProvider.valueOf(context.parameter(DeferredCsvJobs.PROVIDER));
        String file = context.parameter(DeferredCsvJobs.FILE);
        List<CreditImportResult> results;
        try (InputStream in = context.openInput(file)) {
            results = payments.importCreditResults(provider, in, file);
        }
        context.total(results.size());
        int updated = 0;
        for (CreditImportResult result : results) {
            switch (result.outcome()) {
                case UPDATED -> {
                    context.updated();
                    updated++;
                }
                case UNCHANGED -> context.duplicate();
                case IGNORED -> context.error((int) result.line(), null, result.shopTransactionId(), result.message());
                case UNKNOWN_ORDER, REJECTED -> {
                    context.rejected();
                    context.error((int) result.line(), null, result.shopTransactionId(), result.message());
                }
            }
        }
        context.processed(results.size());
        context.message(results.size() + "行を読み、" + updated + "件の与信結果を反映しました");
    }
}
