package jp.juchu.intake.csv;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import jp.juchu.intake.ImportBatch;
import jp.juchu.intake.ImportIssue;
import jp.juchu.intake.ImportedOrder;
import jp.juchu.intake.ImportedOrderSink;
import jp.juchu.intake.ReadSummary;

/**
 * Reads files with one row per 明細 where consecutive rows with the same order number form one order
 * (楽天, Amazon). An order is delivered when the next order number starts, so memory stays constant.
 * Mall downloads list an order's rows together; an order number that reappears later in the file is
 * rejected there (its earlier rows were already delivered as a complete order) with both line numbers.
 */
abstract class GroupedOrderReader<C extends Enum<C> & CsvColumn> {

    abstract Class<C> columns();

    abstract C orderNumberColumn();

    abstract char delimiter();

    abstract String formatName();

    abstract Assembly<C> assemble(String orderNumber, Row<C> first);

    /** Further file-level checks on the header (e.g. one of two alternative columns). */
    void checkHeader(String fileName, HeaderMap<C> header) throws UnreadableFileException {
    }

    /** Streams {@code in}, delivering each order to {@code sink}; never throws for bad content. */
    public ReadSummary read(String fileName, InputStream in, ImportedOrderSink sink) {
        Outcomes counter = new Outcomes(sink);
        String charset = null;
        try (CsvSource source = CsvSource.open(fileName, in, delimiter())) {
            charset = source.charsetName();
            CsvSource.SourceRecord headerRecord = source.next();
            if (headerRecord == null) {
                throw new UnreadableFileException(ImportIssue.ofFile(fileName, "ファイルが空です（ヘッダー行がありません）"));
            }
            HeaderMap<C> header = HeaderMap.of(fileName, headerRecord.record(), columns(), formatName());
            checkHeader(fileName, header);
            readRows(source, header, counter);
            return counter.summary(List.of(fileName), charset, null);
        } catch (UnreadableFileException e) {
            return counter.summary(List.of(fileName), charset, e.issue());
        }
    }

    /** Reads the whole file into memory (small files, previews, tests). */
    public ImportBatch readAll(String fileName, InputStream in) {
        ImportBatch.Collector collector = new ImportBatch.Collector();
        ReadSummary summary = read(fileName, in, collector);
        return collector.toBatch(summary);
    }

    private void readRows(CsvSource source, HeaderMap<C> header, Outcomes counter) throws UnreadableFileException {
        Map<String, Long> seen = new HashMap<>();
        Assembly<C> current = null;
        try {
            CsvSource.SourceRecord record;
            while ((record = source.next()) != null) {
                counter.row();
                Row<C> row = new Row<>(source.fileName(), record.line(), record.record(), header);
                String number = row.required(orderNumberColumn());
                if (current != null && !Objects.equals(current.number, number)) {
                    finish(counter, current);
                    current = null;
                }
                if (number == null) {
                    counter.reject(null, source.fileName(), row.line(), row.problems());
                    continue;
                }
                if (current == null) {
                    Long earlier = seen.putIfAbsent(number, row.line());
                    current = assemble(number, row);
                    if (earlier != null) {
                        row.problem(orderNumberColumn(), "同じ注文番号の行が" + earlier
                                + "行目からの行と離れた位置にあります。ファイルを確認してください（先に読んだ行は取り込み対象です）");
                    }
                }
                current.add(row);
            }
        } catch (UnreadableFileException e) {
            if (current != null) {
                current.problems.add(e.issue());
                finish(counter, current);
            }
            throw e;
        }
        if (current != null) {
            finish(counter, current);
        }
    }

    private static void finish(Outcomes counter, Assembly<?> assembly) {
        if (assembly.problems.isEmpty()) {
            counter.accept(assembly.build());
        } else {
            counter.reject(assembly.number, assembly.first.file(), assembly.first.line(), assembly.problems);
        }
    }

    /** Collects the rows of one order; subclasses read the values. */
    abstract static class Assembly<C extends Enum<C> & CsvColumn> {

        final String number;
        final Row<C> first;
        final List<ImportIssue> problems = new ArrayList<>();
        final List<ImportIssue> notes = new ArrayList<>();

        Assembly(String number, Row<C> first) {
            this.number = number;
            this.first = first;
        }

        final void add(Row<C> row) {
            if (row == first) {
                readOrder(row);
            }
            readRow(row);
            problems.addAll(row.problems());
            notes.addAll(row.notes());
        }

        /** Reads the order-level values from the order's first row. */
        abstract void readOrder(Row<C> row);

        /** Reads the row's shipment and line; checks order-level values against the first row. */
        abstract void readRow(Row<C> row);

        abstract ImportedOrder build();

        /** Order-level columns must be equal on every row of an order; a conflict rejects the order. */
        @SafeVarargs
        final void sameAs(Row<C> reference, Row<C> row, C... columns) {
            if (row == reference) {
                return;
            }
            for (C column : columns) {
                if (row.sameRaw(reference, column)) {
                    continue;
                }
                String expected = reference.text(column);
                String actual = row.text(column);
                if (!Objects.equals(expected, actual)) {
                    row.problem(column, "同じ注文番号の行で「" + row.name(column) + "」が食い違っています（" + reference.line()
                            + "行目:「" + Objects.toString(expected, "") + "」、この行:「" + Objects.toString(actual, "") + "」）");
                }
            }
        }
    }
}
