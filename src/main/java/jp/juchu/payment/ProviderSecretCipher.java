package jp.juchu.payment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Seals the 後払い provider secrets with the application's credential key (the one the shop module uses for
 * mall credentials: {@code juchu.secret-key}, else the key file {@code juchu.secret-key-file} that the shop
 * module creates at start-up). Same format as the shop module's cipher: base64 of a random 12-byte IV,
 * ciphertext and tag (AES-256-GCM), with the context bound as associated data.
 * <p>
 * Stand-in until the shop module exposes its cipher publicly; then this class is replaced by a call to it and
 * the stored values stay readable (same key, same format, same contexts).
 */
@Component
class ProviderSecretCipher {

    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int KEY_BYTES = 32;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final String configuredKey;
    private final Path keyFile;
    private final SecureRandom random = new SecureRandom();
    private volatile SecretKey key;

    ProviderSecretCipher(@Value("${juchu.secret-key:}") String configuredKey,
                         @Value("${juchu.secret-key-file:./data/secret.key}") String keyFile) {
        this.configuredKey = configuredKey;
        this.keyFile = Path.of(keyFile);
    }

    static String context(DeferredProvider provider, String field) {
        return "payment:" + provider.name() + "/" + field;
    }

    String seal(String plaintext, String context) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, key(), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] stored = new byte[IV_BYTES + sealed.length];
            System.arraycopy(iv, 0, stored, 0, IV_BYTES);
            System.arraycopy(sealed, 0, stored, IV_BYTES, sealed.length);
            return Base64.getEncoder().encodeToString(stored);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption is not available", e);
        }
    }

    /** @throws SecretUnreadable when the value was altered, belongs elsewhere or was sealed with another key */
    String open(String stored, String context) {
        try {
            byte[] bytes = Base64.getDecoder().decode(stored);
            if (bytes.length <= IV_BYTES) {
                throw new SecretUnreadable(context);
            }
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, key(), new GCMParameterSpec(TAG_BITS, bytes, 0, IV_BYTES));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new SecretUnreadable(context);
        }
    }

    /** Loaded on first use, when the shop module has created the key file if there was none. */
    private SecretKey key() {
        SecretKey current = key;
        if (current == null) {
            current = new SecretKeySpec(loadKey(), "AES");
            key = current;
        }
        return current;
    }

    private byte[] loadKey() {
        String base64;
        String source;
        if (configuredKey != null && !configuredKey.isBlank()) {
            base64 = configuredKey;
            source = "juchu.secret-key";
        } else {
            try {
                base64 = Files.readString(keyFile, StandardCharsets.US_ASCII);
                source = "key file " + keyFile;
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the credential key file " + keyFile, e);
            }
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The credential key from " + source + " is not valid base64", e);
        }
        if (bytes.length != KEY_BYTES) {
            throw new IllegalStateException("The credential key from " + source + " must be " + KEY_BYTES + " bytes");
        }
        return bytes;
    }

    /** A sealed secret cannot be opened (other key, altered value). The message names the field, never the value. */
    static final class SecretUnreadable extends IllegalStateException {

        SecretUnreadable(String context) {
            super("Stored secret " + context + " cannot be decrypted (wrong secret key or altered data)");
        }
    }
}
