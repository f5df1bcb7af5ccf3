package jp.juchu.bench;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import jp.juchu.intake.ImportedOrder;
import jp.juchu.intake.ImportedOrderSink;
import jp.juchu.intake.ReadSummary;
import jp.juchu.intake.RejectedOrder;
import jp.juchu.intake.csv.RakutenCsvGenerator;
import jp.juchu.intake.csv.RakutenOrderCsvReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Rows per second of the 楽天ペイ受注CSV reader on a generated 50,000-row file (Windows-31J, all fields
 * quoted, 1–3 lines per order, every 7th order with a multi-line comment). The score is rows/s because
 * each invocation reads {@value #ROWS} rows. Not part of the test suite; run with
 * {@code ./mvnw -o -q test-compile exec:java -Dexec.mainClass=jp.juchu.bench.RakutenReaderBenchmark -Dexec.classpathScope=test}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
public class RakutenReaderBenchmark {

    static final int ROWS = 50_000;

    private byte[] file;

    @Setup
    public void generate() {
        List<RakutenCsvGenerator.Order> orders = new ArrayList<>();
        int rows = 0;
        for (int index = 1; rows < ROWS; index++) {
            int lines = Math.min(1 + index % 3, ROWS - rows);
            orders.add(RakutenCsvGenerator.simpleOrder(index, lines));
            rows += lines;
        }
        file = RakutenCsvGenerator.csv(orders);
    }

    @Benchmark
    @OperationsPerInvocation(ROWS)
    public void readRakutenCsv(Blackhole blackhole) {
        ReadSummary summary = new RakutenOrderCsvReader().read("bench.csv", new ByteArrayInputStream(file),
                new ImportedOrderSink() {
                    @Override
                    public void accepted(ImportedOrder order) {
                        blackhole.consume(order);
                    }

                    @Override
                    public void rejected(RejectedOrder order) {
                        throw new IllegalStateException(order.toString());
                    }
                });
        if (summary.rows() != ROWS || summary.failed()) {
            throw new IllegalStateException(summary.toString());
        }
    }

    public static void main(String[] args) throws RunnerException {
        new Runner(new OptionsBuilder().include(RakutenReaderBenchmark.class.getSimpleName()).build()).run();
    }
}
