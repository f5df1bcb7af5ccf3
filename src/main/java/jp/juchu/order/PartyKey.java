package jp.juchu.order;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import jp.juchu.core.JapaneseText;
import jp.juchu.core.Parsed;
import jp.juchu.core.PhoneNumber;
import jp.juchu.core.Prefecture;

/**
 * A person and address as 同梱 compares them: 全角/半角, hyphen look-alikes and spaces do not count.
 * Name without any spaces; postal code and phone number as digits (+81 as 0); address as prefecture (by
 * its official name, also when it is written at the start of the address lines) followed by the address
 * lines without spaces. Kana is not compared (malls often leave it out).
 */
record PartyKey(String name, String postalCode, String address, String phone) {

    static PartyKey of(Contact contact) {
        if (contact == null) {
            return new PartyKey("", "", "", "");
        }
        return new PartyKey(compact(contact.name()), JapaneseText.digitsOf(contact.postalCode()),
                address(contact.prefecture(), contact.address1(), contact.address2()), phone(contact.phone()));
    }

    /** The compared fields, with their Japanese label and the stored (shown) value. */
    enum Field {
        NAME("氏名", Contact::name), POSTAL_CODE("郵便番号", Contact::postalCode), ADDRESS("住所", Contact::fullAddress),
        PHONE("電話番号", Contact::phone);

        private final String label;
        private final Function<Contact, String> value;

        Field(String label, Function<Contact, String> value) {
            this.label = label;
            this.value = value;
        }

        String label() {
            return label;
        }

        String shown(Contact contact) {
            String shown = contact == null ? null : value.apply(contact);
            return shown == null ? "" : shown;
        }
    }

    /** The first field in which {@code other} differs. */
    Optional<Field> firstDifference(PartyKey other) {
        if (!name.equals(other.name)) {
            return Optional.of(Field.NAME);
        }
        if (!postalCode.equals(other.postalCode)) {
            return Optional.of(Field.POSTAL_CODE);
        }
        if (!address.equals(other.address)) {
            return Optional.of(Field.ADDRESS);
        }
        if (!phone.equals(other.phone)) {
            return Optional.of(Field.PHONE);
        }
        return Optional.empty();
    }

    static String address(String prefecture, String address1, String address2) {
        String lines = compact(address1) + compact(address2);
        Optional<Prefecture> named = Prefecture.fromName(prefecture);
        Optional<Prefecture> written = Prefecture.atStartOf(lines);
        if (written.isPresent() && (named.isEmpty() || named.equals(written))) {
            return lines;
        }
        String head = named.map(Prefecture::japaneseName).orElse(compact(prefecture));
        return head + lines;
    }

    static String phone(String phone) {
        if (JapaneseText.normalizeToNull(phone) == null) {
            return "";
        }
        Parsed<PhoneNumber> parsed = PhoneNumber.parse(phone);
        return parsed.isInvalid() ? JapaneseText.digitsOf(phone) : parsed.value().digits();
    }

    /** Normalised, every space (half- and full-width) removed, Latin letters in upper case. */
    static String compact(String text) {
        String normalized = JapaneseText.normalize(text);
        return normalized == null ? "" : normalized.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }
}
