package jp.juchu.shop;

/**
 * What a request wants done with one stored credential. A submitted mask ({@code ••••1a2b}) or an
 * empty text keeps the stored secret, so re-sending an edited shop never erases its credentials;
 * only an explicit {@link #clear()} removes one.
 */
public sealed interface CredentialUpdate {

    String MASK_PREFIX = "••••";

    static CredentialUpdate keep() {
        return Keep.INSTANCE;
    }

    static CredentialUpdate clear() {
        return Clear.INSTANCE;
    }

    /** The text as submitted; blank or masked text means "keep" for secrets, "clear" for the expiry date. */
    static CredentialUpdate submitted(String text) {
        return new Submitted(text == null ? "" : text);
    }

    enum Keep implements CredentialUpdate { INSTANCE }

    enum Clear implements CredentialUpdate { INSTANCE }

    record Submitted(String text) implements CredentialUpdate {

        boolean keepsSecret() {
            return text.isBlank() || text.strip().startsWith(MASK_PREFIX);
        }

        @Override
        public String toString() {
            return "Submitted[text=(hidden)]";
        }
    }
}
