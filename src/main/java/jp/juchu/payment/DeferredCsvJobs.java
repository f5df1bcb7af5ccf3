package jp.juchu.payment;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import jp.juchu.core.InvalidInputException;
import jp.juchu.jobs.JobRequest;
import jp.juchu.jobs.Jobs;
import org.springframework.stereotype.Service;

/**
 * The CSV work of the 後払い screen as jobs, so it shows in スケジュール一覧 and the files in ダウンロード一覧:
 * 与信結果CSV取込 ({@value #IMPORT_TYPE}) and 登録CSV / 出荷報告CSV出力 ({@value #EXPORT_TYPE}).
 */
@Service
public class DeferredCsvJobs {

    static final String IMPORT_TYPE = "payment.credit-import";
    static final String EXPORT_TYPE = "payment.csv-export";
    static final String PROVIDER = "provider";
    static final String FILE = "file";
    static final String KIND = "kind";
    static final String INCLUDE_EXPORTED = "includeExported";
    static final String REGISTRATION = "registration";
    static final String SHIPMENT = "shipment";

    private final Jobs jobs;

    DeferredCsvJobs(Jobs jobs) {
        this.jobs = jobs;
    }

    /** An uploaded file: its name as sent and a way to open it. */
    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }

    /** @return the job id */
    public long importCreditResults(DeferredProvider provider, String fileName, long size, Opener file) {
        if (!provider.usesCsv()) {
            throw new InvalidInputException("provider", provider.label() + "はAPI連携のため与信結果CSVは取り込めません");
        }
        if (file == null || size <= 0) {
            throw new InvalidInputException("file", "取り込む与信結果CSVを選択してください");
        }
        String name = safeName(fileName);
        InputStream content;
        try {
            content = file.open();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return jobs.submit(new JobRequest(IMPORT_TYPE, provider.label() + " 与信結果CSV取込 " + name,
                Map.of(PROVIDER, provider.name(), FILE, name), List.of(new JobRequest.Input(name, content))));
    }

    /** @return the job id; the CSV is the job's output file */
    public long exportRegistrations(DeferredProvider provider, boolean includeExported) {
        requireCsv(provider);
        return jobs.submit(new JobRequest(EXPORT_TYPE, provider.label() + " 登録CSV出力" + (includeExported ? "（出力済みを含む）" : ""),
                Map.of(PROVIDER, provider.name(), KIND, REGISTRATION, INCLUDE_EXPORTED, Boolean.toString(includeExported)), List.of()));
    }

    /** @return the job id; the CSV is the job's output file */
    public long exportShipments(DeferredProvider provider) {
        requireCsv(provider);
        return jobs.submit(new JobRequest(EXPORT_TYPE, provider.label() + " 出荷報告CSV出力",
                Map.of(PROVIDER, provider.name(), KIND, SHIPMENT), List.of()));
    }

    private static void requireCsv(DeferredProvider provider) {
        if (!provider.usesCsv()) {
            throw new InvalidInputException("provider", provider.label() + "はAPI連携のためCSVは使いません");
        }
    }

    static String safeName(String original) {
        if (original == null || original.isBlank()) {
            return "credit-results.csv";
        }
        String name = original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        if (name.isEmpty()) {
            return "credit-results.csv";
        }
        return name.length() > 150 ? name.substring(name.length() - 150) : name;
    }
}
