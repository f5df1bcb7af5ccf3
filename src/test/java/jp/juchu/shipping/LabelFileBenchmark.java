package jp.juchu.shipping;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import jp.juchu.shop.ServiceType;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * The file half of 出荷指示 and 出荷確定, without the database: writing 10,000 B2クラウド labels and reading a
 * 10,000-row B2 発行済データ. Milliseconds per file. Not part of the suite; run with
 * {@code ./mvnw -o -q test-compile exec:java -Dexec.mainClass=jp.juchu.shipping.LabelFileBenchmark -Dexec.classpathScope=test}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
public class LabelFileBenchmark {

    static final int LABELS = 10_000;

    private List<ShippingLabel> labels;
    private byte[] result;

    @Setup
    public void generate() throws IOException {
        labels = new ArrayList<>(LABELS);
        for (int i = 0; i < LABELS; i++) {
            TestLabel label = TestLabel.label(String.valueOf(1_000_000 + i))
                    .to("髙橋 一郎" + i, "03-1234-5678", "150-0002", "東京都", "渋谷区渋谷", "9-98-" + i + " グリーンコート" + (i % 300))
                    .items("静岡深蒸し煎茶 100g", "湯呑");
            if (i % 10 == 0) {
                label = label.cod(6902, 627);
            }
            if (i % 7 == 0) {
                label = label.service(ServiceType.COOL_CHILLED).slot("1416");
            }
            labels.add(label.build());
        }
        String exported = new String(writeB2(), Charset.forName("Windows-31J"));
        List<String> numbers = new ArrayList<>(LABELS);
        for (int i = 0; i < LABELS; i++) {
            numbers.add(ShippingTestSetup.trackingNumber());
        }
        result = ShippingTestSetup.b2Result(exported, numbers);
    }

    @Benchmark
    public byte[] writeB2() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(LABELS * 700);
        new B2CloudLayout().write(labels, ExportOptions.DEFAULT, out);
        return out.toByteArray();
    }

    @Benchmark
    public TrackingFile readB2Result() throws IOException {
        TrackingFile file = new B2ResultReader().read(new ByteArrayInputStream(result), TrackingReadOptions.STRICT);
        if (file.rows().size() != LABELS || !file.problems().isEmpty()) {
            throw new IllegalStateException(file.problems().toString());
        }
        return file;
    }

    public static void main(String[] args) throws RunnerException {
        // in-process: exec:java does not give a forked JVM the test class path
        new Runner(new OptionsBuilder().include(LabelFileBenchmark.class.getSimpleName()).forks(0).build()).run();
    }
}
