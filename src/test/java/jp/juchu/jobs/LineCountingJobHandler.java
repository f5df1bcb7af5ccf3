package jp.juchu.jobs;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A job type that exists only in tests: reads {@code input.txt} and reports each line as imported
 * ({@code ok}), duplicate ({@code dup}), rejected ({@code bad:<message>}) or fails the job ({@code boom}).
 */
@Component
class LineCountingJobHandler implements JobHandler {

    static final String TYPE = "test.lines";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public void run(JobContext context) throws Exception {
        List<String> lines;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(context.openInput("input.txt"), StandardCharsets.UTF_8))) {
            lines = reader.lines().toList();
        }
        context.total(lines.size());
        int n = 0;
        for (String line : lines) {
            n++;
            if (line.equals("boom")) {
                throw new IllegalStateException("ファイルを読めません (テスト)");
            } else if (line.equals("dup")) {
                context.duplicate();
            } else if (line.startsWith("bad:")) {
                context.rejected();
                context.error(n, "金額", "ORDER-" + n, line.substring(4));
            } else {
                context.imported();
            }
            context.processed(n);
        }
        context.message(context.parameter("note"));
    }
}
