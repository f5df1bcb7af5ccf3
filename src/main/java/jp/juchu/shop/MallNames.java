package jp.juchu.shop;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * How mall payment/delivery names are compared: NFKC (全角/半角 spaces, letters and digits, 半角カナ) and
 * trimmed, otherwise exact (case, kana and punctuation matter).
 */
public final class MallNames {

    /** Separators in one grid cell. "、" is deliberately not one: 楽天 uses 「ローソン、郵便局ATM等（前払）」. */
    private static final Pattern CELL_SEPARATOR = Pattern.compile("[\\r\\n,，]+");

    private MallNames() {
    }

    public static String normalize(String name) {
        return name == null ? "" : Normalizer.normalize(name, Normalizer.Form.NFKC).strip();
    }

    /** The names typed into one cell of the mapping grid, one per line or separated by commas. */
    public static List<String> splitCell(String cell) {
        if (cell == null) {
            return List.of();
        }
        return Arrays.stream(CELL_SEPARATOR.split(cell)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** The text shown in a grid cell for the given names. */
    public static String joinCell(List<String> names) {
        return String.join("\n", names);
    }
}
