package jp.juchu.shop;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import jp.juchu.jobs.JobContext;
import jp.juchu.jobs.JobHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The 郵便番号データ upload job: reads KEN_ALL.CSV and replaces the stored data in one transaction
 * (delete, then batched inserts while reading). Any broken row is reported (line, column, reason) and
 * rolls the whole replacement back, so the previous data stays as it was: a partial postal table would
 * flag correct addresses. Safe to re-run.
 */
@Component
class PostalCodeImportJob implements JobHandler {

    private static final int BATCH = 1000;
    private static final String INSERT = "INSERT INTO postal_address (postal_code, prefecture, city, town) VALUES (?, ?, ?, ?)";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final PostalDirectory directory;

    PostalCodeImportJob(JdbcTemplate jdbc, PlatformTransactionManager transactions, PostalDirectory directory) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public String type() {
        return PostalCodeSettings.JOB_TYPE;
    }

    @Override
    public void run(JobContext context) throws Exception {
        String file = context.parameter(PostalCodeSettings.FILE);
        context.total(countLines(context, file));
        KenAllReader.Summary summary = ownTransaction.execute(status -> {
            KenAllReader.Summary read = replace(context, file);
            if (read.problems() > 0) {
                status.setRollbackOnly();
            }
            return read;
        });
        directory.refresh();
        context.total((int) summary.rows());
        context.processed((int) summary.rows());
        if (summary.problems() > 0) {
            throw new RejectedFileException(file + ": " + summary.problems() + "件のエラーがあるため郵便番号データは置き換えていません（以前のデータのままです）");
        }
        for (long i = 0; i < summary.entries(); i++) {
            context.imported();
        }
        context.message("郵便番号データを" + summary.entries() + "件に置き換えました（" + summary.rows() + "行）");
    }

    private KenAllReader.Summary replace(JobContext context, String file) {
        jdbc.update("DELETE FROM postal_address");
        List<Object[]> batch = new ArrayList<>(BATCH);
        try (InputStream in = new BufferedInputStream(context.openInput(file))) {
            KenAllReader.Summary summary = KenAllReader.read(in, new KenAllReader.Sink() {
                @Override
                public void entry(PostalAddress entry) {
                    batch.add(new Object[] {entry.postalCode(), entry.prefecture().japaneseName(), entry.city(), entry.town()});
                    if (batch.size() == BATCH) {
                        jdbc.batchUpdate(INSERT, batch);
                        batch.clear();
                    }
                }

                @Override
                public void problem(long line, String column, String reason) {
                    context.error((int) Math.min(Integer.MAX_VALUE, line), column, null, reason);
                }

                @Override
                public void rowsRead(long rows) {
                    context.processed((int) Math.min(Integer.MAX_VALUE, rows));
                }
            });
            if (!batch.isEmpty() && summary.problems() == 0) {
                jdbc.batchUpdate(INSERT, batch);
            }
            return summary;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int countLines(JobContext context, String name) throws IOException {
        int lines = 0;
        try (InputStream in = new BufferedInputStream(context.openInput(name))) {
            byte[] buffer = new byte[64 * 1024];
            int read;
            while ((read = in.read(buffer)) > 0) {
                for (int i = 0; i < read; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
            }
        }
        return lines;
    }

    /** The file had broken rows; the message says how many, the job's errors say where. */
    static final class RejectedFileException extends Exception {

        RejectedFileException(String message) {
            super(message);
        }
    }
}
