package jp.juchu.core;

import java.util.regex.Pattern;

/**
 * A Japanese telephone number as its digits: 0 followed by 9 (fixed lines, 0120) or 10 (mobile, 050,
 * 0800) digits. {@link #parse} accepts hyphens, brackets, full-width digits and +81, and repairs a
 * leading 0 lost in a spreadsheet when the digit count proves it.
 */
public record PhoneNumber(String digits) {

    private static final Pattern VALID = Pattern.compile("0\\d{9,10}");
    private static final Pattern LOST_ZERO = Pattern.compile("[1-9]\\d{8,9}");
    private static final Pattern WRITTEN = Pattern.compile("[\\d\\-() +]+");
    private static final Pattern MOBILE = Pattern.compile("0[5-9]0\\d{8}");

    public PhoneNumber {
        if (digits == null || !VALID.matcher(digits).matches()) {
            throw new InvalidInputException("phoneNumber", "電話番号は0から始まる10桁または11桁の数字で入力してください");
        }
    }

    public static Parsed<PhoneNumber> parse(String raw) {
        String text = JapaneseText.normalize(raw);
        if (text == null || text.isEmpty()) {
            return Parsed.invalid("電話番号が空です");
        }
        if (!WRITTEN.matcher(text).matches()) {
            return Parsed.invalid("電話番号「" + raw.strip() + "」に数字以外の文字があります");
        }
        String digits = text.replaceAll("\\D", "");
        if (text.startsWith("+81")) {
            digits = "0" + digits.substring(2);
        }
        if (VALID.matcher(digits).matches()) {
            return Parsed.valid(new PhoneNumber(digits));
        }
        if (LOST_ZERO.matcher(digits).matches()) {
            PhoneNumber repaired = new PhoneNumber("0" + digits);
            return Parsed.repaired(repaired, "電話番号「" + raw.strip() + "」は先頭の0が欠けているため「"
                    + repaired.digits + "」としました（表計算ソフトで0が消えた値と判断）");
        }
        return Parsed.invalid("電話番号「" + raw.strip() + "」は" + digits.length()
                + "桁です（0から始まる10桁または11桁が必要です）");
    }

    /** Parses a number delivered in three parts (楽天: 電話番号1-3); empty parts are left out. */
    public static Parsed<PhoneNumber> parse(String first, String second, String third) {
        StringBuilder joined = new StringBuilder();
        for (String part : new String[] {first, second, third}) {
            String normalized = JapaneseText.normalize(part);
            if (normalized != null && !normalized.isEmpty()) {
                joined.append(joined.isEmpty() ? "" : "-").append(normalized);
            }
        }
        return parse(joined.toString());
    }

    /** Mobile and IP numbers as 090-1234-5678, free dial as 0120-123-456, other numbers as digits. */
    public String formatted() {
        if (MOBILE.matcher(digits).matches()) {
            return digits.substring(0, 3) + "-" + digits.substring(3, 7) + "-" + digits.substring(7);
        }
        if (digits.startsWith("0120") && digits.length() == 10) {
            return "0120-" + digits.substring(4, 7) + "-" + digits.substring(7);
        }
        return digits;
    }

    @Override
    public String toString() {
        return formatted();
    }
}
