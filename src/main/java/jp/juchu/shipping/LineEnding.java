package jp.juchu.shipping;

/** 改行コード of a user template's file. */
public enum LineEnding {
    CRLF("CRLF (Windows)", "\r\n"),
    LF("LF", "\n");

    private final String label;
    private final String separator;

    LineEnding(String label, String separator) {
        this.label = label;
        this.separator = separator;
    }

    public String label() {
        return label;
    }

    public String separator() {
        return separator;
    }
}
