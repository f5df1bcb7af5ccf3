package jp.juchu.shop;

/**
 * A stored credential cannot be decrypted: the secret key changed (JUCHU_SECRET_KEY / key file) or the
 * stored value was altered. The message names the shop and field, never the value.
 */
public class CredentialDecryptionException extends IllegalStateException {

    CredentialDecryptionException(String context, Throwable cause) {
        super("Stored credential " + context + " cannot be decrypted (wrong secret key or altered data)", cause);
    }
}
