package jp.juchu.core;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A Japanese postal code (郵便番号), seven digits. {@link #parse} accepts what people and malls write
 * (1500002, 150-0002, １５０－０００２, 〒150-0002) and repairs spreadsheet damage only where the
 * repair is unambiguous.
 */
public record PostalCode(String digits) {

    private static final Pattern SEVEN_DIGITS = Pattern.compile("\\d{7}");
    private static final Pattern WRITTEN = Pattern.compile("\\d{7}|\\d{3}-\\d{4}");
    private static final Pattern SIX_DIGITS = Pattern.compile("[1-9]\\d{5}");
    private static final Pattern DIGITS = Pattern.compile("\\d*");

    public PostalCode {
        if (digits == null || !SEVEN_DIGITS.matcher(digits).matches()) {
            throw new InvalidInputException("postalCode", "郵便番号は7桁の数字で入力してください");
        }
    }

    /** Parses a postal code written in one field. */
    public static Parsed<PostalCode> parse(String raw) {
        return parse(raw, null);
    }

    /**
     * Parses a postal code written in one field, using the prefecture of the address (if known) to decide
     * whether a six-digit value is a seven-digit code whose leading 0 a spreadsheet dropped
     * (0600042 → 600042): that repair is made only when the repaired code belongs to that prefecture.
     */
    public static Parsed<PostalCode> parse(String raw, Prefecture prefecture) {
        String text = strip(raw);
        if (text.isEmpty()) {
            return Parsed.invalid("郵便番号が空です");
        }
        if (WRITTEN.matcher(text).matches()) {
            return Parsed.valid(new PostalCode(text.replace("-", "")));
        }
        if (SIX_DIGITS.matcher(text).matches()) {
            PostalCode repaired = new PostalCode("0" + text);
            if (prefecture != null && repaired.belongsTo(prefecture)) {
                return Parsed.repaired(repaired, "郵便番号「" + raw.strip() + "」は6桁のため、先頭の0を補って「"
                        + repaired.formatted() + "」としました（表計算ソフトで0が消えた値と判断）");
            }
            return Parsed.invalid("郵便番号「" + raw.strip() + "」は6桁です（先頭の0が消えた可能性がありますが、住所の都道府県と照合できないため補正できません）");
        }
        return Parsed.invalid(describe(raw.strip(), text));
    }

    /**
     * Parses a postal code delivered as two fields (楽天: 郵便番号1 = 3 digits, 郵便番号2 = 4 digits).
     * A part that lost its leading zeros to a spreadsheet ("60" for "060", "42" for "0042") is padded,
     * because a part written without a leading zero cannot be anything else; the prefecture, if known,
     * must agree with the repaired code.
     */
    public static Parsed<PostalCode> parse(String first, String second, Prefecture prefecture) {
        String head = strip(first);
        String tail = strip(second);
        if (head.isEmpty() && tail.isEmpty()) {
            return Parsed.invalid("郵便番号が空です");
        }
        String written = head + "-" + tail;
        if (!DIGITS.matcher(head).matches() || !DIGITS.matcher(tail).matches()) {
            return Parsed.invalid("郵便番号「" + written + "」に数字以外の文字があります");
        }
        if (head.length() == 3 && tail.length() == 4) {
            return Parsed.valid(new PostalCode(head + tail));
        }
        boolean headDamaged = head.length() < 3 && !head.isEmpty() && head.charAt(0) != '0';
        boolean tailDamaged = tail.length() < 4 && !tail.isEmpty() && tail.charAt(0) != '0';
        boolean headOk = head.length() == 3 || headDamaged;
        boolean tailOk = tail.length() == 4 || tailDamaged;
        if (!headOk || !tailOk) {
            return Parsed.invalid("郵便番号「" + written + "」の桁数が正しくありません（3桁-4桁で入力してください）");
        }
        PostalCode repaired = new PostalCode(pad(head, 3) + pad(tail, 4));
        if (prefecture != null && !repaired.belongsTo(prefecture)) {
            return Parsed.invalid("郵便番号「" + written + "」は桁数が足りません（0を補うと「" + repaired.formatted()
                    + "」ですが、住所の" + prefecture.japaneseName() + "と一致しません）");
        }
        return Parsed.repaired(repaired, "郵便番号「" + written + "」の先頭の0を補って「" + repaired.formatted()
                + "」としました（表計算ソフトで0が消えた値と判断）");
    }

    /** 150-0002. */
    public String formatted() {
        return digits.substring(0, 3) + "-" + digits.substring(3);
    }

    /** The first three digits as a number, e.g. 60 for 060-0042. */
    public int prefix() {
        return Integer.parseInt(digits.substring(0, 3));
    }

    /** The prefectures this code's three-digit area serves (one, or two near a prefecture border). */
    public List<Prefecture> prefectures() {
        return PostalPrefixTable.prefecturesOf(prefix());
    }

    /** Whether this code can belong to an address in {@code prefecture}. */
    public boolean belongsTo(Prefecture prefecture) {
        return prefectures().contains(prefecture);
    }

    @Override
    public String toString() {
        return formatted();
    }

    private static String strip(String raw) {
        String normalized = JapaneseText.normalize(raw);
        if (normalized == null) {
            return "";
        }
        return normalized.replace("〒", "").replace(" ", "").replace("\t", "");
    }

    private static String pad(String part, int length) {
        return "0".repeat(length - part.length()) + part;
    }

    private static String describe(String raw, String text) {
        String digitsOnly = text.replaceAll("\\D", "");
        if (!text.matches("[\\d-]+")) {
            return "郵便番号「" + raw + "」に数字以外の文字があります";
        }
        if (digitsOnly.length() < 7) {
            return "郵便番号「" + raw + "」は" + digitsOnly.length() + "桁です（7桁必要です）";
        }
        if (digitsOnly.length() > 7) {
            return "郵便番号「" + raw + "」は" + digitsOnly.length() + "桁です（7桁で入力してください）";
        }
        return "郵便番号「" + raw + "」の区切りが正しくありません（例: 150-0002）";
    }
}
