package jp.juchu.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class JapaneseTextProperties {

    private static final Charset WINDOWS_31J = Charset.forName("Windows-31J");

    @Property(tries = 2000)
    void isIdempotent(@ForAll("japaneseText") String text) {
        String once = JapaneseText.normalize(text);
        assertThat(JapaneseText.normalize(once)).isEqualTo(once);
    }

    @Property(tries = 2000)
    void introducesNoCharacterOutsideWindows31J(@ForAll("japaneseText") String text) {
        CharsetEncoder encoder = WINDOWS_31J.newEncoder();
        JapaneseText.normalize(text).codePoints()
                .filter(cp -> text.indexOf(cp) < 0)
                .forEach(cp -> assertThat(encoder.canEncode(new String(Character.toChars(cp))))
                        .as("U+%04X", cp).isTrue());
    }

    @Property(tries = 2000)
    void keepsEveryDigitInOrder(@ForAll("japaneseText") String text) {
        assertThat(digits(JapaneseText.normalize(text))).isEqualTo(digits(text));
    }

    @Property(tries = 1000)
    void postalCodesSurviveNormalisation(@ForAll("postalCodes") String written) {
        assertThat(PostalCode.parse(written).isInvalid()).isFalse();
        assertThat(PostalCode.parse(JapaneseText.normalize(written)).value())
                .isEqualTo(PostalCode.parse(written).value());
    }

    @Property(tries = 1000)
    void phoneParsingIsStableOnItsOwnDigits(@ForAll("phones") String digits) {
        Parsed<PhoneNumber> parsed = PhoneNumber.parse(digits);
        assertThat(parsed.isInvalid()).isFalse();
        assertThat(PhoneNumber.parse(parsed.value().digits()).isRepaired()).isFalse();
        assertThat(PhoneNumber.parse(parsed.value().formatted()).value()).isEqualTo(parsed.value());
    }

    @Provide
    Arbitrary<String> japaneseText() {
        Arbitrary<Character> interesting = Arbitraries.of(
                '０', '１', '９', '0', '5', '9', 'Ａ', 'ｚ', '－', '‐', '―', '−', 'ー', 'ｰ', '—', '–', '〜', '～', '　', ' ',
                '\r', '\n', 'ｶ', 'ﾞ', 'ﾟ', 'ﾊ', 'ｳ', 'ﾜ', '｡', '｢', 'ア', 'カ', '髙', '﨑', '①', '㈱', '〒', '-', '¢', '‖',
                '\u00A0', 'a', '(', '（');
        Arbitrary<Character> any = Arbitraries.chars().range('\u0020', '\uFFEF');
        return Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(4, interesting), net.jqwik.api.Tuple.of(1, any))
                .list().ofMaxSize(30)
                .map(chars -> {
                    StringBuilder sb = new StringBuilder();
                    chars.forEach(sb::append);
                    return sb.toString();
                })
                .filter(s -> s.chars().noneMatch(c -> Character.isSurrogate((char) c)));
    }

    @Provide
    Arbitrary<String> postalCodes() {
        Arbitrary<String> digits = Arbitraries.strings().numeric().ofLength(7);
        return digits.flatMap(d -> Arbitraries.of(
                d, d.substring(0, 3) + "-" + d.substring(3), "〒" + d.substring(0, 3) + "－" + d.substring(3),
                toFullWidth(d.substring(0, 3)) + "ー" + toFullWidth(d.substring(3))));
    }

    @Provide
    Arbitrary<String> phones() {
        Arbitrary<String> national = Arbitraries.strings().withCharRange('1', '9').ofLength(1)
                .flatMap(first -> Arbitraries.strings().numeric().ofMinLength(8).ofMaxLength(9).map(rest -> first + rest));
        return national.flatMap(d -> Arbitraries.of("0" + d, d));
    }

    private static String toFullWidth(String digits) {
        StringBuilder sb = new StringBuilder();
        digits.chars().forEach(c -> sb.append((char) (c + 0xFEE0)));
        return sb.toString();
    }

    private static String digits(String text) {
        StringBuilder sb = new StringBuilder();
        text.chars().forEach(c -> {
            if (c >= '0' && c <= '9') {
                sb.append((char) c);
            } else if (c >= '０' && c <= '９') {
                sb.append((char) (c - 0xFEE0));
            }
        });
        return sb.toString();
    }
}
