package jp.juchu.core;

/**
 * Neutralises CSV cells that a spreadsheet would run as a formula (CSV injection): a value that
 * starts with {@code = + - @}, a tab or a carriage return gets a leading apostrophe. Plain negative
 * numbers stay numbers, so amounts such as {@code -500} are not altered.
 */
public final class SpreadsheetSafe {

    private SpreadsheetSafe() {
    }

    public static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                || first == '＝' || first == '＋' || first == '－' || first == '＠';
        if (!risky || isPlainNumber(value)) {
            return value;
        }
        return "'" + value;
    }

    private static boolean isPlainNumber(String value) {
        return value.matches("-[0-9]+(\\.[0-9]+)?");
    }
}
