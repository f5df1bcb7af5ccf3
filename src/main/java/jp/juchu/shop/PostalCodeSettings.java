package jp.juchu.shop;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import jp.juchu.audit.OperationLog;
import jp.juchu.core.InvalidInputException;
import jp.juchu.jobs.JobRequest;
import jp.juchu.jobs.Jobs;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * 郵便番号データ (admin): uploads of Japan Post's KEN_ALL.CSV run as a job ({@link PostalCodeImportJob})
 * that replaces the stored data; clearing it returns the address check to the bundled prefix table.
 */
@Service
public class PostalCodeSettings {

    static final String JOB_TYPE = "shop.postal-code-import";
    static final String FILE = "file";
    private static final String AREA = "郵便番号データ";

    private final Jobs jobs;
    private final JdbcClient jdbc;
    private final PostalDirectory directory;
    private final OperationLog operationLog;

    PostalCodeSettings(Jobs jobs, JdbcClient jdbc, PostalDirectory directory, OperationLog operationLog) {
        this.jobs = jobs;
        this.jdbc = jdbc;
        this.directory = directory;
        this.operationLog = operationLog;
    }

    /** Keeps the file with a new job and starts it; returns the job id. */
    @Transactional
    public long submitUpload(String fileName, long size, InputStream content) {
        if (content == null || size <= 0) {
            throw new InvalidInputException("file", "KEN_ALL.CSV（日本郵便の郵便番号データ）を選択してください");
        }
        String name = safeName(fileName);
        long jobId = jobs.submit(new JobRequest(JOB_TYPE, "郵便番号データ取込 " + name, Map.of(FILE, name),
                List.of(new JobRequest.Input(name, content))));
        operationLog.record(AREA, "取込", name, "ジョブ " + jobId + " (" + size + " バイト)");
        return jobId;
    }

    /** Deletes the uploaded data: addresses are then checked with the bundled postal-code-prefix table. */
    @Transactional
    public long clear() {
        int deleted = jdbc.sql("DELETE FROM postal_address").update();
        operationLog.record(AREA, "削除", "KEN_ALL", deleted + "件を削除しました");
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                directory.refresh();
            }
        });
        return deleted;
    }

    /** How many entries are stored (0 = none uploaded). */
    public long count() {
        return directory.count();
    }

    private static String safeName(String original) {
        if (original == null || original.isBlank()) {
            return "KEN_ALL.CSV";
        }
        String name = original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        return name.isEmpty() ? "KEN_ALL.CSV" : name.length() > 150 ? name.substring(name.length() - 150) : name;
    }
}
