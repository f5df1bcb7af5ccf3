package jp.juchu.intake;

/**
 * One finding while reading a mall file, located for the operator: file name, physical line in the
 * file (1 = first line; a record with quoted line breaks is located at its first line; 0 when the
 * finding concerns the whole file), the column as named in the file's header (or {@code null}), the
 * mall order number (or {@code null}) and a Japanese message.
 */
public record ImportIssue(String file, long line, String column, String orderNumber, String message) {

    public static ImportIssue ofFile(String file, String message) {
        return new ImportIssue(file, 0, null, null, message);
    }

    public ImportIssue withOrderNumber(String number) {
        return orderNumber != null || number == null ? this : new ImportIssue(file, line, column, number, message);
    }

    /** "rakuten.csv 12行目 [請求金額] 399999-…: 金額「abc」を数値として読めません". */
    @Override
    public String toString() {
        return file + (line > 0 ? " " + line + "行目" : "") + (column != null ? " [" + column + "]" : "")
                + (orderNumber != null ? " " + orderNumber : "") + ": " + message;
    }
}
