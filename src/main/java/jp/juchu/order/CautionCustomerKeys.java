package jp.juchu.order;

import java.util.Locale;
import jp.juchu.core.JapaneseText;

/**
 * The normalised match keys of a person: phone as digits, e-mail in lower case, name without any
 * spaces, postal code as seven digits. Blank values become {@code null}.
 */
record CautionCustomerKeys(String name, String nameKey, String postalCode, String phone, String email) {

    static CautionCustomerKeys of(String name, String postalCode, String phone, String email) {
        String cleanName = JapaneseText.normalizeToNull(name);
        String nameKey = cleanName == null ? null : cleanName.replaceAll("[\\s\\u3000]", "");
        return new CautionCustomerKeys(cleanName, blankToNull(nameKey), blankToNull(JapaneseText.digitsOf(postalCode)),
                blankToNull(JapaneseText.digitsOf(phone)), email == null || email.isBlank() ? null : email.strip().toLowerCase(Locale.ROOT));
    }

    static CautionCustomerKeys of(Contact contact, String email) {
        return of(contact.name(), contact.postalCode(), contact.phone(), email);
    }

    private static String blankToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
