package jp.juchu.intake;

import jp.juchu.core.PhoneNumber;

/**
 * 注文者 or 送付先. Names are split into family/given where the mall splits them; otherwise the whole
 * name is in {@code familyName} and {@code givenName} is {@code null} (Amazon). {@code phone} is
 * {@code null} when {@code phoneRaw} was missing or invalid (see the order's notes). {@code address} is
 * {@code null} when the file carries no address for this party (Amazon buyer).
 */
public record ImportedParty(String familyName, String givenName, String familyNameKana, String givenNameKana,
        ImportedAddress address, String phoneRaw, PhoneNumber phone, String email) {

    public String fullName() {
        return join(familyName, givenName);
    }

    public String fullNameKana() {
        return join(familyNameKana, givenNameKana);
    }

    private static String join(String family, String given) {
        if (family == null) {
            return given;
        }
        return given == null ? family : family + " " + given;
    }
}
