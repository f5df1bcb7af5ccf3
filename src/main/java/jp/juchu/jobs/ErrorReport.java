package jp.juchu.jobs;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import jp.juchu.core.SpreadsheetSafe;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** エラーレポート: every problem of a job as a CSV that opens in Excel (Windows-31J, CRLF, formula-safe). */
@Component
class ErrorReport {

    static final String FILE_NAME = "errors.csv";
    private static final Charset WINDOWS_31J = Charset.forName("Windows-31J");

    private final JdbcClient jdbc;

    ErrorReport(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void write(long jobId, JobFileAccess files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CSVFormat format = CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n")
                .setHeader("行", "項目", "注文番号", "内容").get();
        try (CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(bytes, WINDOWS_31J), format)) {
            jdbc.sql("SELECT line_no, column_name, order_number, message FROM job_error WHERE job_id = :job ORDER BY id")
                    .param("job", jobId)
                    .query(rs -> {
                        try {
                            printer.printRecord(rs.getObject(1) == null ? "" : rs.getInt(1),
                                    SpreadsheetSafe.cell(rs.getString(2)), SpreadsheetSafe.cell(rs.getString(3)),
                                    SpreadsheetSafe.cell(rs.getString(4)));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.addOutput(jobId, FILE_NAME, new ByteArrayInputStream(bytes.toByteArray()));
    }
}
