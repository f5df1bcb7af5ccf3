package jp.juchu.payment;

import java.io.ByteArrayInputStream;
import jp.juchu.jobs.JobContext;
import jp.juchu.jobs.JobHandler;
import org.springframework.stereotype.Component;

/** 登録CSV / 出荷報告CSV出力 as a job; the file goes to ダウンロード一覧. */
@Component
class DeferredCsvExportJob implements JobHandler {

    private final DeferredPayments payments;

    DeferredCsvExportJob(DeferredPayments payments) {
        this.payments = payments;
    }

    @Override
    public String type() {
        return DeferredCsvJobs.EXPORT_TYPE;
    }

    @Override
    public void run(JobContext context) {
        DeferredProvider provider = DeferredProvider.valueOf(context.parameter(DeferredCsvJobs.PROVIDER));
        boolean shipments = DeferredCsvJobs.SHIPMENT.equals(context.parameter(DeferredCsvJobs.KIND));
        DeferredCsvFile csv = shipments ? payments.shipmentCsv(provider)
                : payments.registrationCsv(provider, Boolean.parseBoolean(context.parameter(DeferredCsvJobs.INCLUDE_EXPORTED)));
        context.total(csv.transactions());
        context.processed(csv.transactions());
        context.addOutput(csv.fileName(), new ByteArrayInputStream(csv.content()));
        context.message(csv.transactions() + "件の取引を" + csv.fileName() + "に出力しました");
    }
}
