package jp.juchu.payment;

/**
 * A CSV produced for a CSV-linked 後払い provider (Windows-31J, CRLF, formula-safe cells).
 *
 * @param transactions how many transactions it carries (0: only the header row)
 */
public record DeferredCsvFile(String fileName, byte[] content, int transactions) {
}
