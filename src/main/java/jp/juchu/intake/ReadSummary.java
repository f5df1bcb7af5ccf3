package jp.juchu.intake;

import java.util.List;

/**
 * Outcome of reading a file: counts and, when the file could not be read, why.
 *
 * @param files     the file names read (Yahoo: orders file, items file)
 * @param charset   the encoding used ("Windows-31J" or "UTF-8"), {@code null} if not determined
 * @param rows      data rows read (header excluded)
 * @param accepted  orders delivered to {@link ImportedOrderSink#accepted}
 * @param rejected  orders delivered to {@link ImportedOrderSink#rejected}
 * @param fileError {@code null} when the whole file was read; otherwise the reason reading stopped. When
 *                  the header or encoding was unusable nothing was delivered; when a later structural
 *                  break (e.g. an unclosed quote) stopped it, the orders before that line were delivered
 *                  and are complete.
 */
public record ReadSummary(List<String> files, String charset, long rows, int accepted, int rejected,
        ImportIssue fileError) {

    public ReadSummary {
        files = List.copyOf(files);
    }

    public boolean failed() {
        return fileError != null;
    }
}
