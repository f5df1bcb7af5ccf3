package jp.juchu.shop;

/** How one credential is shown: whether it is set and a mask with at most its last 4 characters. */
public record CredentialStatus(String key, String label, boolean configured, String masked) {

    static CredentialStatus unset(CredentialField field) {
        return new CredentialStatus(field.key(), field.label(), false, null);
    }

    static CredentialStatus of(CredentialField field, String plaintext) {
        return new CredentialStatus(field.key(), field.label(), true, mask(plaintext));
    }

    /** Short secrets show no characters at all: four would reveal too much of them. */
    static String mask(String plaintext) {
        if (plaintext == null || plaintext.length() < 8) {
            return CredentialUpdate.MASK_PREFIX;
        }
        return CredentialUpdate.MASK_PREFIX + plaintext.substring(plaintext.length() - 4);
    }
}
