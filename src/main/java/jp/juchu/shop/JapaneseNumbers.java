package jp.juchu.shop;

import java.text.Normalizer;
import java.util.regex.Pattern;
import jp.juchu.core.InvalidInputException;

/** Postal codes and phone numbers as Japanese operators type them: full-width digits, various dashes. */
final class JapaneseNumbers {

    private static final Pattern DASHES = Pattern.compile("[\\u2010-\\u2015\\u2212\\u30FC\\uFF70\\uFE63]");
    private static final Pattern SEVEN_DIGITS = Pattern.compile("\\d{3}-?\\d{4}");
    private static final Pattern PHONE = Pattern.compile("0[0-9-]+");

    private JapaneseNumbers() {
    }

    static String halfWidth(String text) {
        String normalized = Normalizer.normalize(text, Normalizer.Form.NFKC);
        return DASHES.matcher(normalized).replaceAll("-").strip();
    }

    /** {@code 1234567}, {@code 123-4567}, {@code １２３－４５６７} or {@code 〒123-4567} become {@code 123-4567}. */
    static String postalCode(String field, String text) {
        String value = halfWidth(TextRules.optional(text)).replace("〒", "").strip();
        if (value.isEmpty()) {
            return value;
        }
        if (!SEVEN_DIGITS.matcher(value).matches()) {
            throw new InvalidInputException(field, "郵便番号は7桁の数字で入力してください (例: 123-4567)");
        }
        String digits = value.replace("-", "");
        return digits.substring(0, 3) + "-" + digits.substring(3);
    }

    /** A domestic number, 10 or 11 digits starting with 0; the hyphens the operator typed are kept. */
    static String phone(String field, String label, String text) {
        String value = halfWidth(TextRules.optional(text));
        if (value.isEmpty()) {
            return value;
        }
        int digits = value.replace("-", "").length();
        if (!PHONE.matcher(value).matches() || value.contains("--") || value.endsWith("-") || digits < 10 || digits > 11) {
            throw new InvalidInputException(field, label + "は0から始まる10〜11桁の数字で入力してください (例: 03-1234-5678)");
        }
        return value;
    }
}
