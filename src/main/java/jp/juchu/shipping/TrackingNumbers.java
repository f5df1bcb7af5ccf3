package jp.juchu.shipping;

import jp.juchu.core.JapaneseText;

/**
 * 荷物番号 (お問い合わせ番号) rules shared by the tracking readers and anyone who takes a number from a user.
 * ヤマト運輸, 佐川急便 and 日本郵便 print 12-digit numbers whose last digit is the first eleven digits, read as
 * one number, modulo 7 (formats.md §0), so a mistyped or Excel-damaged number is caught before it reaches a mall.
 */
public final class TrackingNumbers {

    private TrackingNumbers() {
    }

    /**
     * The number as carriers and malls expect it: full-width letters and digits made half-width, spaces and
     * hyphens removed ("4012-3450-1371" and "４０１２ ３４５０ １３７１" both become "401234501371").
     * {@code null} becomes "".
     */
    public static String normalize(String raw) {
        String text = JapaneseText.normalize(raw);
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '-' && !Character.isWhitespace(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Whether {@code number} is exactly 12 ASCII digits with a correct mod-7 check digit. */
    public static boolean isValid12(String number) {
        if (!isTwelveDigits(number)) {
            return false;
        }
        long body = Long.parseLong(number.substring(0, 11));
        return body % 7 == number.charAt(11) - '0';
    }

    static boolean isTwelveDigits(String number) {
        if (number == null || number.length() != 12) {
            return false;
        }
        for (int i = 0; i < 12; i++) {
            char c = number.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
