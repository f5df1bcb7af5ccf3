package jp.juchu.shop;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import jp.juchu.core.InvalidInputException;
import jp.juchu.core.Mall;

/** ショップコード: given by the user or generated from the mall prefix and a sequence (RAK001, YAH002 …). */
final class ShopCodes {

    static final Pattern VALID = Pattern.compile("[A-Za-z0-9_-]{2,20}");
    private static final Pattern SEQUENCE = Pattern.compile("\\d+");

    private ShopCodes() {
    }

    static String prefix(Mall mall) {
        return mall.name().substring(0, Math.min(3, mall.name().length()));
    }

    /**
     * The next free code after the highest sequence already used with this prefix. Codes are compared
     * case-insensitively because MySQL/MariaDB collations treat {@code rak001} and {@code RAK001} as equal.
     */
    static String next(Mall mall, Collection<String> existingCodes) {
        String prefix = prefix(mall);
        Set<String> taken = existingCodes.stream().map(c -> c.toUpperCase(Locale.ROOT)).collect(Collectors.toSet());
        int highest = taken.stream()
                .filter(c -> c.startsWith(prefix) && SEQUENCE.matcher(c.substring(prefix.length())).matches())
                .mapToInt(c -> sequenceOf(c.substring(prefix.length())))
                .max().orElse(0);
        int n = highest + 1;
        while (taken.contains(format(prefix, n))) {
            n++;
        }
        return format(prefix, n);
    }

    static String requireValid(String code) {
        if (!VALID.matcher(code).matches()) {
            throw new InvalidInputException("code", "ショップコードは半角英数字と _ - で2〜20文字にしてください");
        }
        return code;
    }

    private static int sequenceOf(String digits) {
        return digits.length() > 6 ? 0 : Integer.parseInt(digits);
    }

    private static String format(String prefix, int n) {
        return prefix + String.format("%03d", n);
    }
}
