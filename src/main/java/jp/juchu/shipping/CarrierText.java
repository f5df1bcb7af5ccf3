package jp.juchu.shipping;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.text.Normalizer;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import jp.juchu.core.JapaneseText;

/**
 * Text rules shared by the carrier layouts. The label programs read Windows-31J but print JIS X 0208 level 1/2
 * only (plus ASCII and 半角カナ), so every text goes through {@link #text}: control characters become spaces,
 * {@code "} is dropped and {@code ,} becomes a space (label programs split on them), 全角スペース becomes a
 * space, IBM/NEC extension and level 3/4 characters are replaced by their standard forms ({@link #REPLACEMENTS}),
 * and anything else outside JIS X 0208 becomes {@value #UNAVAILABLE} (ゲタ). Every replacement that changes
 * what is printed is reported as a warning. Byte limits count Windows-31J bytes and never cut a character.
 */
final class CarrierText {

    static final Charset WINDOWS_31J = Charset.forName("Windows-31J");
    /** Printed instead of a character the carriers cannot print. */
    static final String UNAVAILABLE = "〓";
    /** Code points printed as they are (see {@link #isJisPrintable}). */
    private static final BitSet PRINTABLE = printableCharacters();

    /**
     * Same glyph in JIS X 0208, different Unicode code point (the JIS "Shift_JIS" mapping vs Windows-31J):
     * replaced silently.
     */
    private static final Map<Integer, String> SAME_GLYPH = Map.ofEntries(
            Map.entry(0x301C, "～"), Map.entry(0x2212, "－"), Map.entry(0x2016, "∥"), Map.entry(0x2014, "―"),
            Map.entry(0x00A2, "￠"), Map.entry(0x00A3, "￡"), Map.entry(0x00AC, "￢"), Map.entry(0x00A5, "￥"),
            Map.entry(0x203E, "￣"), Map.entry(0x00A0, " "), Map.entry(0x3000, " "));

    private static final Map<Integer, String> LISTED = Map.ofEntries(
            Map.entry(0x9AD9, "高"), Map.entry(0xFA11, "崎"), Map.entry(0x5FB7, "徳"), Map.entry(0x6FF5, "濱"),
            Map.entry(0x6801, "柳"), Map.entry(0x20BB7, "吉"), Map.entry(0xF9DC, "隆"), Map.entry(0xFA19, "神"),
            Map.entry(0xFA10, "塚"), Map.entry(0xFA12, "晴"), Map.entry(0xFA16, "猪"), Map.entry(0xFA17, "益"),
            Map.entry(0xFA18, "礼"), Map.entry(0xFA1A, "祥"), Map.entry(0xFA1B, "福"), Map.entry(0xFA1C, "靖"),
            Map.entry(0xFA1D, "精"), Map.entry(0xFA22, "諸"), Map.entry(0xFA26, "都"), Map.entry(0xFA2A, "飯"),
            Map.entry(0xFA2B, "飼"), Map.entry(0xFA2C, "館"), Map.entry(0xFA2D, "鶴"), Map.entry(0x6852, "桑"),
            Map.entry(0x663B, "昂"), Map.entry(0x2123D, "土"),
            Map.entry(0x2160, "I"), Map.entry(0x2161, "II"), Map.entry(0x2162, "III"), Map.entry(0x2163, "IV"),
            Map.entry(0x2164, "V"), Map.entry(0x2165, "VI"), Map.entry(0x2166, "VII"), Map.entry(0x2167, "VIII"),
            Map.entry(0x2168, "IX"), Map.entry(0x2169, "X"),
            Map.entry(0x2170, "i"), Map.entry(0x2171, "ii"), Map.entry(0x2172, "iii"), Map.entry(0x2173, "iv"),
            Map.entry(0x2174, "v"), Map.entry(0x2175, "vi"), Map.entry(0x2176, "vii"), Map.entry(0x2177, "viii"),
            Map.entry(0x2178, "ix"), Map.entry(0x2179, "x"),
            Map.entry(0x3231, "(株)"), Map.entry(0x3232, "(有)"), Map.entry(0x3239, "(代)"), Map.entry(0x2116, "No."),
            Map.entry(0x2121, "TEL"), Map.entry(0x33CD, "K.K."), Map.entry(0x337B, "平成"), Map.entry(0x337C, "昭和"),
            Map.entry(0x337D, "大正"), Map.entry(0x337E, "明治"), Map.entry(0x32A4, "(上)"), Map.entry(0x32A5, "(中)"),
            Map.entry(0x32A6, "(下)"), Map.entry(0x32A7, "(左)"), Map.entry(0x32A8, "(右)"),
            Map.entry(0x3349, "ミリ"), Map.entry(0x3314, "キロ"), Map.entry(0x3322, "センチ"), Map.entry(0x334D, "メートル"),
            Map.entry(0x3318, "グラム"), Map.entry(0x3327, "トン"), Map.entry(0x3303, "アール"), Map.entry(0x3336, "ヘクタール"),
            Map.entry(0x3351, "リットル"), Map.entry(0x3357, "ワット"), Map.entry(0x330D, "カロリー"), Map.entry(0x3326, "ドル"),
            Map.entry(0x3323, "セント"), Map.entry(0x332B, "パーセント"), Map.entry(0x334A, "ミリバール"), Map.entry(0x333B, "ページ"),
            Map.entry(0x339C, "mm"), Map.entry(0x339D, "cm"), Map.entry(0x339E, "km"), Map.entry(0x338E, "mg"),
            Map.entry(0x338F, "kg"), Map.entry(0x33C4, "cc"), Map.entry(0x33A1, "m2"), Map.entry(0x301D, "「"),
            Map.entry(0x301F, "」"), Map.entry(0xFFE4, "|"), Map.entry(0xFF07, "'"), Map.entry(0xFF02, "\""),
            Map.entry(0x3094, "ヴ"));

    /**
     * Extension and level 3/4 characters with a standard form the carriers print (each one is a warning):
     * ①–⑳ → (1)–(20) and the table below.
     */
    static final Map<Integer, String> REPLACEMENTS = replacements();

    private static Map<Integer, String> replacements() {
        Map<Integer, String> map = new HashMap<>(LISTED);
        for (int n = 1; n <= 20; n++) {
            map.put(0x2460 + n - 1, "(" + n + ")");
        }
        return Map.copyOf(map);
    }

    private static final String HALF_KANA =
            "｡｢｣､･ｦｧｨｩｪｫｬｭｮｯｰｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜﾝ";
    private static final String FULL_KANA =
            "。「」、・ヲァィゥェォャュョッーアイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワン";
    private static final String VOICED = "ガギグゲゴザジズゼゾダヂヅデドバビブベボ";
    private static final String VOICED_BASE = "カキクケコサシスセソタチツテトハヒフヘホ";
    private static final String SEMI_VOICED = "パピプペポ";
    private static final String SEMI_VOICED_BASE = "ハヒフヘホ";
    private static final String SMALL_OR_OLD = "ヵヶヮヰヱ";
    private static final String SMALL_OR_OLD_AS = "ｶｹﾜｲｴ";

    private CarrierText() {
    }

    /**
     * A stored text made printable: see the class comment. {@code field} names the column in warnings.
     * {@code null} becomes "".
     */
    static String text(String raw, String field, LabelWarnings warnings) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        String value = raw;
        if (value.indexOf('\u3099') >= 0 || value.indexOf('\u309A') >= 0) {
            value = Normalizer.normalize(value, Normalizer.Form.NFC);
        }
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            i += Character.charCount(cp);
            out.append(printable(cp, field, warnings));
        }
        return out.toString().strip();
    }

    private static String printable(int cp, String field, LabelWarnings warnings) {
        if (cp == '"') {
            return "";
        }
        if (cp == ',' || cp < 0x20 || cp == 0x7F) {
            return " ";
        }
        String same = SAME_GLYPH.get(cp);
        if (same != null) {
            return same;
        }
        if (isJisPrintable(cp)) {
            return Character.toString(cp);
        }
        String replacement = REPLACEMENTS.get(cp);
        if (replacement == null) {
            String composed = Normalizer.normalize(Character.toString(cp), Normalizer.Form.NFC);
            if (composed.codePointCount(0, composed.length()) == 1 && isJisPrintable(composed.codePointAt(0))) {
                replacement = composed;
            }
        }
        if (replacement != null) {
            warnings.add(field + ": 「" + Character.toString(cp) + "」を「" + replacement + "」に置き換えました");
            return replacement.equals("\"") ? "" : replacement;
        }
        warnings.add(field + ": 「" + Character.toString(cp) + "」(U+" + String.format("%04X", cp)
                + ")は配送伝票に印字できないため「" + UNAVAILABLE + "」にしました");
        return UNAVAILABLE;
    }

    /**
     * Whether the carriers print {@code cp} as it is: ASCII, 半角カナ (JIS X 0201) or a JIS X 0208 level 1/2
     * character, i.e. Windows-31J encodes it (and decodes it back to the same character) outside NEC row 13
     * (0x87xx), the IBM extensions (0xED–0xEE, 0xFA–0xFC) and the user-defined area (0xF0–0xF9).
     */
    static boolean isJisPrintable(int cp) {
        return cp >= 0 && cp <= 0xFFFF && PRINTABLE.get(cp);
    }

    private static BitSet printableCharacters() {
        BitSet printable = new BitSet(0x10000);
        CharsetEncoder encoder = WINDOWS_31J.newEncoder();
        for (int cp = 0x20; cp <= 0xFFFF; cp++) {
            if (!Character.isSurrogate((char) cp) && encodesAsJis(cp, encoder)) {
                printable.set(cp);
            }
        }
        return printable;
    }

    private static boolean encodesAsJis(int cp, CharsetEncoder encoder) {
        if (cp <= 0x7E) {
            return true;
        }
        if (cp == 0x7F) {
            return false;
        }
        byte[] bytes = encode(Character.toString(cp), encoder);
        if (bytes == null || !new String(bytes, WINDOWS_31J).equals(Character.toString(cp))) {
            return false;
        }
        int lead = bytes[0] & 0xFF;
        if (bytes.length == 1) {
            return lead >= 0xA1 && lead <= 0xDF;
        }
        return (lead >= 0x81 && lead <= 0x84) || (lead >= 0x88 && lead <= 0x9F) || (lead >= 0xE0 && lead <= 0xEA);
    }

    private static byte[] encode(String s, CharsetEncoder encoder) {
        try {
            ByteBuffer buffer = encoder.encode(CharBuffer.wrap(s));
            byte[] bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
            return bytes;
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Windows-31J length of a text that went through {@link #text} (1 byte for ASCII and 半角カナ, else 2). */
    static int bytes(String value) {
        int count = 0;
        for (int i = 0; i < value.length(); i++) {
            count += width(value.charAt(i));
        }
        return count;
    }

    private static int width(char c) {
        return c <= 0x7F || (c >= 0xFF61 && c <= 0xFF9F) ? 1 : 2;
    }

    /** The longest start of {@code value} within {@code maxBytes}; never half a character. */
    static String head(String value, int maxBytes) {
        int count = 0;
        for (int i = 0; i < value.length(); i++) {
            count += width(value.charAt(i));
            if (count > maxBytes) {
                return value.substring(0, i);
            }
        }
        return value;
    }

    /**
     * {@code value} cut to {@code maxBytes}; a cut is a warning naming the field and what was left out.
     */
    static String fit(String value, int maxBytes, String field, LabelWarnings warnings) {
        String head = head(value, maxBytes);
        if (head.length() < value.length()) {
            warnings.add(field + ": " + maxBytes + "バイトを超えるため「" + value.substring(head.length()) + "」を省きました");
        }
        return head;
    }

    /**
     * Splits {@code value} into a head of at most {@code maxBytes} and the rest, which goes on into fields with
     * {@code spareBytes} room in all. The cut is made at the last space within the limit when the rest then fits
     * into that room, or when the space lies in the second half of the limit (a cut near the start would waste the
     * field); else at a character boundary, moved back so that the rest does not start with = + - @ (a
     * continuation cell must not look like a formula, and 9-9-9 stays together where it can). The space at the
     * cut belongs to neither part.
     */
    static String[] cut(String value, int maxBytes, int spareBytes) {
        if (bytes(value) <= maxBytes) {
            return new String[] {value, ""};
        }
        String head = head(value, maxBytes);
        int space = value.length() > head.length() && isSpace(value.charAt(head.length())) ? head.length()
                : lastSpace(head);
        if (space > 0 && (bytes(stripSpaces(value.substring(space + 1))) <= spareBytes
                || bytes(head.substring(0, space)) * 2 >= maxBytes)) {
            return new String[] {stripSpaces(value.substring(0, space)), stripSpaces(value.substring(space + 1))};
        }
        int at = head.length();
        while (at > 1 && FORMULA_START.indexOf(value.charAt(at)) >= 0) {
            at--;
        }
        return new String[] {value.substring(0, at), stripSpaces(value.substring(at))};
    }

    /** {@link #cut(String, int, int)} with no room after the field. */
    static String[] cut(String value, int maxBytes) {
        return cut(value, maxBytes, 0);
    }

    private static final String FORMULA_START = "=+-@＝＋－＠";

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\u3000';
    }

    private static int lastSpace(String text) {
        return Math.max(text.lastIndexOf(' '), text.lastIndexOf('\u3000'));
    }

    private static String stripSpaces(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    /**
     * Fills consecutive fields of {@code maxBytes} each with {@code value} ({@link #cut(String, int, int)} for every
     * field, the room being the fields still to come); what does not fit into the last field is left out with a
     * warning.
     */
    static String[] flow(String value, int fields, int maxBytes, String field, LabelWarnings warnings) {
        String[] out = new String[fields];
        String rest = value;
        for (int i = 0; i < fields; i++) {
            String[] parts = cut(rest, maxBytes, (fields - i - 1) * maxBytes);
            out[i] = parts[0];
            rest = parts[1];
        }
        if (!rest.isEmpty()) {
            warnings.add(field + ": " + fields + "欄に入りきらないため「" + rest + "」を省きました");
        }
        return out;
    }

    /** Spaces (half and full width) removed: 「住所情報のスペースを削除」. */
    static String withoutSpaces(String value) {
        return value.replace(" ", "").replace("\u3000", "");
    }

    /**
     * 半角カナ for the kana columns: hiragana and katakana → 半角カナ (濁点 as a separate ﾞ), full-width ASCII →
     * ASCII; anything else (kanji, symbols) is left out with a warning.
     */
    static String halfWidthKana(String value, String field, LabelWarnings warnings) {
        String normalized = JapaneseText.normalize(value);
        if (normalized == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        StringBuilder dropped = new StringBuilder();
        for (int i = 0; i < normalized.length(); i++) {
            char c = normalized.charAt(i);
            if (c >= 'ぁ' && c <= 'ゖ') {
                c = (char) (c + 0x60);
            }
            String half = halfKana(c);
            if (half != null) {
                out.append(half);
            } else if ((c >= 0x20 && c <= 0x7E && c != '"' && c != ',') || (c >= 0xFF61 && c <= 0xFF9F)) {
                out.append(c);
            } else {
                dropped.append(c);
            }
        }
        if (!dropped.isEmpty()) {
            warnings.add(field + ": 半角カナにできない「" + dropped + "」を省きました");
        }
        return out.toString().strip();
    }

    private static String halfKana(char c) {
        int index = FULL_KANA.indexOf(c);
        if (index >= 0) {
            return String.valueOf(HALF_KANA.charAt(index));
        }
        index = VOICED.indexOf(c);
        if (index >= 0) {
            return HALF_KANA.charAt(FULL_KANA.indexOf(VOICED_BASE.charAt(index))) + "ﾞ";
        }
        index = SEMI_VOICED.indexOf(c);
        if (index >= 0) {
            return HALF_KANA.charAt(FULL_KANA.indexOf(SEMI_VOICED_BASE.charAt(index))) + "ﾟ";
        }
        if (c == 'ヴ') {
            return "ｳﾞ";
        }
        index = SMALL_OR_OLD.indexOf(c);
        if (index >= 0) {
            return String.valueOf(SMALL_OR_OLD_AS.charAt(index));
        }
        if (c == '゛') {
            return "ﾞ";
        }
        if (c == '゜') {
            return "ﾟ";
        }
        return null;
    }

    /**
     * Full-width form of a printable text (ASCII and 半角カナ → 全角), for fields a label program counts in 全角
     * characters: then the byte limit and the character limit agree. A character without a JIS X 0208 full-width
     * form stays as it is.
     */
    static String fullWidth(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            char next = i + 1 < value.length() ? value.charAt(i + 1) : 0;
            if (c == ' ') {
                out.append('\u3000');
            } else if (c == '\'') {
                out.append('’');
            } else if (c == '"') {
                out.append('”');
            } else if (c > ' ' && c < 0x7F && isJisPrintable(c + 0xFEE0)) {
                out.append((char) (c + 0xFEE0));
            } else if (c >= 0xFF61 && c <= 0xFF9D) {
                char full = FULL_KANA.charAt(HALF_KANA.indexOf(c));
                if (next == 'ﾞ' && VOICED_BASE.indexOf(full) >= 0) {
                    out.append(VOICED.charAt(VOICED_BASE.indexOf(full)));
                    i++;
                } else if (next == 'ﾞ' && full == 'ウ') {
                    out.append('ヴ');
                    i++;
                } else if (next == 'ﾟ' && SEMI_VOICED_BASE.indexOf(full) >= 0) {
                    out.append(SEMI_VOICED.charAt(SEMI_VOICED_BASE.indexOf(full)));
                    i++;
                } else {
                    out.append(full);
                }
            } else if (c == 'ﾞ') {
                out.append('゛');
            } else if (c == 'ﾟ') {
                out.append('゜');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static final Pattern NOT_PHONE = Pattern.compile("[^0-9-]");
    private static final Pattern EDGE_HYPHENS = Pattern.compile("^-+|-+$");

    /** A phone number as digits and hyphens (full-width digits made ASCII); "" when it has no digit. */
    static String phone(String raw) {
        String normalized = JapaneseText.normalize(raw);
        if (normalized == null) {
            return "";
        }
        String kept = NOT_PHONE.matcher(normalized).replaceAll("");
        return kept.replace("-", "").isEmpty() ? "" : EDGE_HYPHENS.matcher(kept).replaceAll("");
    }

    /** A postal code as NNN-NNNN, or {@code null} when it is not seven digits. */
    static String postalCode(String raw) {
        String digits = JapaneseText.digitsOf(raw);
        return digits.length() == 7 ? digits.substring(0, 3) + "-" + digits.substring(3) : null;
    }
}
