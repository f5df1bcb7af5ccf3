package jp.juchu.core;

import java.util.regex.Pattern;

/**
 * 荷物番号 (お問い合わせ番号) as the carriers print them. A shipment confirmed without a number (untracked メール便)
 * carries the operator's 指定文字列 instead ("メール便", "追跡なし", …); {@link #isTrackable} tells such text from a
 * number a carrier can look up, so nobody builds a tracking link or reports it to a 後払い service as a slip.
 */
public final class TrackingNumbers {

    /** Letters and digits only, at least six digits: 12-digit ヤマト/佐川 numbers, ゆうパック, UPU ids like AB123456789JP. */
    private static final Pattern SEPARATORS = Pattern.compile("[-\\s\\u2010-\\u2015\\u2212\\uFF0D\\u3000]");
    private static final Pattern TRACKABLE = Pattern.compile("(?=(?:[A-Za-z]*\\d){6})[0-9A-Za-z]+");

    private TrackingNumbers() {
    }

    /**
     * The number as carriers and malls expect it: full-width letters and digits made half-width, spaces and hyphens
     * removed ("4012-3450-1371" and "４０１２ ３４５０ １３７１" both become "401234501371"). {@code null} becomes "".
     */
    public static String normalize(String raw) {
        String text = JapaneseText.normalize(raw);
        if (text == null) {
            return "";
        }
        return SEPARATORS.matcher(text.strip()).replaceAll("");
    }

    /**
     * Whether {@code number} is exactly 12 ASCII digits with a correct check digit: ヤマト運輸, 佐川急便 and 日本郵便
     * print 12-digit numbers whose last digit is the first eleven digits, read as one number, modulo 7, so a mistyped
     * or Excel-damaged number is caught before it reaches a mall.
     */
    public static boolean isValid12(String number) {
        if (!isTwelveDigits(number)) {
            return false;
        }
        long body = Long.parseLong(number.substring(0, 11));
        return body % 7 == number.charAt(11) - '0';
    }

    public static boolean isTwelveDigits(String number) {
        return number != null && number.length() == 12 && number.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** Whether the text is a carrier's number (and not the placeholder text of an untracked parcel). */
    public static boolean isTrackable(String number) {
        return TRACKABLE.matcher(normalize(number)).matches();
    }
}
