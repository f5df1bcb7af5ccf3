package jp.juchu.core;

/**
 * Normalisation of Japanese text typed into mall forms or damaged by spreadsheets, safe for CP932.
 *
 * <p>Unlike Unicode NFKC it never changes meaning-bearing Japanese characters: full-width katakana,
 * kanji (including CP932 extension characters such as 髙 and 﨑), circled digits and ㈱ stay as
 * they are. What it does:
 * <ul>
 *   <li>full-width ASCII (digits, letters, punctuation) → half-width; full-width space → space;</li>
 *   <li>half-width katakana → full-width katakana, combining ﾞ/ﾟ where CP932 has the composed letter;</li>
 *   <li>hyphen and minus look-alikes (‐ ‑ − － ﹣) → '-'; dash-like marks (ー ｰ ― — – ‒ ─) → '-' only
 *       between two digits, as in postal codes, phone numbers and block numbers;</li>
 *   <li>characters of the JIS "Shift_JIS" mapping that CP932 cannot encode (〜 ‖ ¢ £ ¬ —) → their
 *       CP932 counterparts (～ ∥ ￠ ￡ ￢ ―); no-break space → space;</li>
 *   <li>CR LF and CR → LF; leading and trailing white space removed.</li>
 * </ul>
 * The result is idempotent and keeps every digit, in order.
 */
public final class JapaneseText {

    private static final String HALF_KANA =
            "｡｢｣､･ｦｧｨｩｪｫｬｭｮｯｰｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜﾝﾞﾟ";
    private static final String FULL_KANA =
            "。「」、・ヲァィゥェォャュョッーアイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワン゛゜";
    private static final String VOICEABLE = "カキクケコサシスセソタチツテトハヒフヘホウ";
    private static final String VOICED = "ガギグゲゴザジズゼゾダヂヅデドバビブベボヴ";
    private static final String SEMI_VOICEABLE = "ハヒフヘホ";
    private static final String SEMI_VOICED = "パピプペポ";
    private static final String ALWAYS_HYPHEN = "\u2010\u2011\u2212\uFF0D\uFE63";
    private static final String DASH_BETWEEN_DIGITS = "\u30FC\uFF70\u2015\u2014\u2013\u2012\u2500";

    private JapaneseText() {
    }

    /** Normalises {@code text}; {@code null} stays {@code null}. */
    public static String normalize(String text) {
        if (text == null) {
            return null;
        }
        if (isPlainAscii(text)) {
            return text.strip();
        }
        StringBuilder out = new StringBuilder(text.length());
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            char next = i + 1 < length ? text.charAt(i + 1) : 0;
            if (c == '\r') {
                out.append('\n');
                if (next == '\n') {
                    i++;
                }
            } else if (ALWAYS_HYPHEN.indexOf(c) >= 0) {
                out.append('-');
            } else if (DASH_BETWEEN_DIGITS.indexOf(c) >= 0) {
                out.append(endsWithDigit(out) && isAnyDigit(next) ? '-' : dash(c));
            } else if (c >= '\uFF01' && c <= '\uFF5D') {
                out.append((char) (c - 0xFEE0));
            } else if (c == '\u3000' || c == '\u00A0') {
                out.append(' ');
            } else if (c >= '\uFF61' && c <= '\uFF9F') {
                i += appendHalfWidthKana(out, c, next);
            } else {
                out.append(cp932Counterpart(c));
            }
        }
        return out.toString().strip();
    }

    /** {@link #normalize} that also turns a blank result into {@code null}. */
    public static String normalizeToNull(String text) {
        String normalized = normalize(text);
        return normalized == null || normalized.isEmpty() ? null : normalized;
    }

    /** Only the ASCII digits of {@code text} after normalisation, e.g. "〒１５０－０００２" → "1500002". */
    public static String digitsOf(String text) {
        String normalized = normalize(text);
        if (normalized == null) {
            return "";
        }
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < normalized.length(); i++) {
            char c = normalized.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            }
        }
        return digits.toString();
    }

    /** Printable ASCII only: nothing to convert but the surrounding white space (the common case in CSVs). */
    private static boolean isPlainAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < ' ' || c > '~') {
                return false;
            }
        }
        return true;
    }

    private static char dash(char c) {
        return switch (c) {
            case '\uFF70' -> 'ー';
            case '\u2014' -> '\u2015';
            default -> c;
        };
    }

    private static char cp932Counterpart(char c) {
        return switch (c) {
            case '\u301C' -> '\uFF5E';
            case '\u2016' -> '\u2225';
            case '\u00A2' -> '\uFFE0';
            case '\u00A3' -> '\uFFE1';
            case '\u00AC' -> '\uFFE2';
            default -> c;
        };
    }

    private static int appendHalfWidthKana(StringBuilder out, char c, char next) {
        if (c == '\uFF9E' || c == '\uFF9F') {
            out.append(FULL_KANA.charAt(HALF_KANA.indexOf(c)));
            return 0;
        }
        char full = FULL_KANA.charAt(HALF_KANA.indexOf(c));
        if (next == '\uFF9E' && VOICEABLE.indexOf(full) >= 0) {
            out.append(VOICED.charAt(VOICEABLE.indexOf(full)));
            return 1;
        }
        if (next == '\uFF9F' && SEMI_VOICEABLE.indexOf(full) >= 0) {
            out.append(SEMI_VOICED.charAt(SEMI_VOICEABLE.indexOf(full)));
            return 1;
        }
        out.append(full);
        return 0;
    }

    private static boolean endsWithDigit(StringBuilder out) {
        return !out.isEmpty() && isAnyDigit(out.charAt(out.length() - 1));
    }

    private static boolean isAnyDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= '\uFF10' && c <= '\uFF19');
    }
}
