package jp.juchu.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import jp.juchu.intake.ImportedOrder;
import jp.juchu.intake.ImportedOrderSink;
import jp.juchu.intake.ReadSummary;
import jp.juchu.intake.RejectedOrder;
import jp.juchu.intake.csv.RakutenCsvGenerator;
import jp.juchu.intake.csv.RakutenOrderCsvReader;

/**
 * Streams a generated 楽天 file of N rows (default 100,000) from disk through the reader and prints rows/s
 * and the peak heap; run it with a small heap (e.g. -Xmx64m) to show that reading is streaming. Not a test:
 * {@code java -Xmx64m -cp <test classpath> jp.juchu.bench.RakutenReaderMemoryCheck 100000}.
 */
public final class RakutenReaderMemoryCheck {

    private RakutenReaderMemoryCheck() {
    }

    public static void main(String[] args) throws IOException {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path file = Files.createTempFile("rakuten-bench", ".csv");
        try {
            write(file, rows);
            long size = Files.size(file);
            resetPeaks();
            long start = System.nanoTime();
            long cpuStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            long[] accepted = new long[1];
            ReadSummary summary;
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
                summary = new RakutenOrderCsvReader().read(file.getFileName().toString(), in, new ImportedOrderSink() {
                    @Override
                    public void accepted(ImportedOrder order) {
                        accepted[0]++;
                    }

                    @Override
                    public void rejected(RejectedOrder order) {
                        throw new IllegalStateException(order.toString());
                    }
                });
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStart) / 1e9;
            System.out.printf("file %,d bytes, %,d rows, %,d orders, failed=%s%n", size, summary.rows(), accepted[0],
                    summary.failed());
            System.out.printf("%.1f s wall, %,.0f rows/s; %.1f s CPU of the reading thread, %,.0f rows per CPU-second;"
                    + " peak heap %,d MB (max %,d MB)%n", seconds, summary.rows() / seconds, cpuSeconds,
                    summary.rows() / cpuSeconds, peakHeap() / (1024 * 1024), Runtime.getRuntime().maxMemory() / (1024 * 1024));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static void write(Path file, int rows) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            List<RakutenCsvGenerator.Order> batch = new ArrayList<>();
            int written = 0;
            boolean header = true;
            for (int index = 1; written < rows; index++) {
                int lines = Math.min(1 + index % 3, rows - written);
                batch.add(RakutenCsvGenerator.simpleOrder(index, lines));
                written += lines;
                if (batch.size() == 1000 || written >= rows) {
                    byte[] chunk = RakutenCsvGenerator.csv(batch, RakutenCsvGenerator.HEADER, UnaryOperator.identity());
                    int skip = header ? 0 : headerLength(chunk);
                    out.write(chunk, skip, chunk.length - skip);
                    header = false;
                    batch.clear();
                }
            }
        }
    }

    private static int headerLength(byte[] chunk) {
        for (int i = 0; i < chunk.length - 1; i++) {
            if (chunk[i] == '\r' && chunk[i + 1] == '\n') {
                return i + 2;
            }
        }
        return 0;
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }
}
