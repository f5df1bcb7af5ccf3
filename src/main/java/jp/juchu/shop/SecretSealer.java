package jp.juchu.shop;

import org.springframework.stereotype.Service;

/**
 * Seals secrets of other modules (e.g. 後払い provider credentials) with the same key and format as the mall
 * credentials: AES-256-GCM, the context bound as associated data so a value copied elsewhere does not open.
 */
@Service
public class SecretSealer {

    private final CredentialCipher cipher;

    SecretSealer(CredentialCipher cipher) {
        this.cipher = cipher;
    }

    public String seal(String plaintext, String context) {
        return cipher.encrypt(plaintext, context);
    }

    /** @throws CredentialDecryptionException when altered, sealed for another context or with another key */
    public String open(String sealed, String context) {
        return cipher.decrypt(sealed, context);
    }
}
