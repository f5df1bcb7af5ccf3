package jp.juchu.shipping;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.juchu.core.JapaneseText;

/**
 * お届け時間帯 as the carriers know them, read from the raw value an order stores (楽天 codes 0/1/"1416", Yahoo
 * "14:00-16:00", texts such as 14時～16時 or 午前中). Each layout turns it into its own code.
 */
enum DeliveryWindow {
    MORNING, H12_14, H14_16, H16_18, H18_20, H18_21, H19_21, H20_21, NONE, UNKNOWN;

    private static final Pattern SPACES_AND_PARENTHESES = Pattern.compile("[\\s()（）]");
    private static final Pattern CODE = Pattern.compile("(\\d{2})(\\d{2})");
    private static final Pattern RANGE = Pattern.compile(
            "(\\d{1,2})(?::(\\d{2}))?時?(?:頃)?\\s*[-~～〜]\\s*(\\d{1,2})(?::(\\d{2}))?時?(?:頃|まで)?(?:指定)?");

    /** {@code null}, blank, 0, 0000, 指定なし → NONE; a value that names no carrier slot → UNKNOWN. */
    static DeliveryWindow parse(String raw) {
        String value = JapaneseText.normalize(raw);
        if (value == null) {
            return NONE;
        }
        value = SPACES_AND_PARENTHESES.matcher(value).replaceAll("");
        if (value.isEmpty() || value.matches("0+") || value.equals("指定なし") || value.equals("なし")
                || value.equals("希望なし") || value.equals("時間指定なし")) {
            return NONE;
        }
        if (value.equals("1") || value.startsWith("午前") || value.equalsIgnoreCase("AM")) {
            return MORNING;
        }
        Matcher code = CODE.matcher(value);
        if (code.matches()) {
            return of(code.group(1), null, code.group(2), null);
        }
        Matcher range = RANGE.matcher(value);
        if (range.matches()) {
            return of(range.group(1), range.group(2), range.group(3), range.group(4));
        }
        return UNKNOWN;
    }

    private static DeliveryWindow of(String fromHour, String fromMinute, String toHour, String toMinute) {
        if ((fromMinute != null && !fromMinute.equals("00")) || (toMinute != null && !toMinute.equals("00"))) {
            return UNKNOWN;
        }
        int from = Integer.parseInt(fromHour);
        int to = Integer.parseInt(toHour);
        if ((from == 8 || from == 9) && to == 12) {
            return MORNING;
        }
        return switch (from * 100 + to) {
            case 1214 -> H12_14;
            case 1416 -> H14_16;
            case 1618 -> H16_18;
            case 1820 -> H18_20;
            case 1821 -> H18_21;
            case 1921 -> H19_21;
            case 2021 -> H20_21;
            default -> UNKNOWN;
        };
    }

    /** How the slot reads in a warning. */
    String label() {
        return switch (this) {
            case MORNING -> "午前中";
            case H12_14 -> "12時～14時";
            case H14_16 -> "14時～16時";
            case H16_18 -> "16時～18時";
            case H18_20 -> "18時～20時";
            case H18_21 -> "18時～21時";
            case H19_21 -> "19時～21時";
            case H20_21 -> "20時～21時";
            case NONE -> "指定なし";
            case UNKNOWN -> "不明";
        };
    }
}
