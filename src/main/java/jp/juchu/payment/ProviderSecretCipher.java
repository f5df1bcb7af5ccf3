package jp.juchu.payment;

import jp.juchu.shop.CredentialDecryptionException;
import jp.juchu.shop.SecretSealer;
import org.springframework.stereotype.Component;

/** Seals the 後払い provider secrets with the application's credential key, bound to provider and field. */
@Component
class ProviderSecretCipher {

    private final SecretSealer sealer;

    ProviderSecretCipher(SecretSealer sealer) {
        this.sealer = sealer;
    }

    static String context(DeferredProvider provider, String field) {
        return "payment:" + provider.name() + "/" + field;
    }

    String seal(String plaintext, String context) {
        return sealer.seal(plaintext, context);
    }

    /** @throws SecretUnreadable when the value was altered, belongs elsewhere or was sealed with another key */
    String open(String stored, String context) {
        try {
            return sealer.open(stored, context);
        } catch (CredentialDecryptionException | IllegalArgumentException e) {
            throw new SecretUnreadable(context);
        }
    }

    static final class SecretUnreadable extends IllegalStateException {

        SecretUnreadable(String context) {
            super("Stored secret " + context + " cannot be decrypted (wrong secret key or altered data)");
        }
    }
}
