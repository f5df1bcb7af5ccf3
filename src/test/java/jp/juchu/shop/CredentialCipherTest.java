package jp.juchu.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class CredentialCipherTest {

    private static final String CONTEXT = "shop:RAK001/licenseKey";
    private final CredentialCipher cipher = new CredentialCipher(key(1));

    @Test
    void decryptsWhatItEncrypted() {
        String stored = cipher.encrypt("SP338-licence-key-1a2b", CONTEXT);
        assertThat(cipher.decrypt(stored, CONTEXT)).isEqualTo("SP338-licence-key-1a2b");
    }

    @Test
    void roundTripsNonAsciiAndEmptyText() {
        assertThat(cipher.decrypt(cipher.encrypt("鍵🔑", CONTEXT), CONTEXT)).isEqualTo("鍵🔑");
        assertThat(cipher.decrypt(cipher.encrypt("", CONTEXT), CONTEXT)).isEmpty();
    }

    @Test
    void storesBase64OfIvAndCiphertextWithoutThePlaintext() {
        String stored = cipher.encrypt("plain-secret-value", CONTEXT);
        byte[] bytes = Base64.getDecoder().decode(stored);
        assertThat(bytes).hasSize(12 + "plain-secret-value".length() + 16);
        assertThat(stored).doesNotContain("plain-secret-value");
        assertThat(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("plain-secret-value");
    }

    @Test
    void usesADifferentIvEachTime() {
        String first = cipher.encrypt("same secret", CONTEXT);
        String second = cipher.encrypt("same secret", CONTEXT);
        assertThat(first).isNotEqualTo(second);
        byte[] iv1 = Arrays.copyOf(Base64.getDecoder().decode(first), 12);
        byte[] iv2 = Arrays.copyOf(Base64.getDecoder().decode(second), 12);
        assertThat(iv1).isNotEqualTo(iv2);
    }

    @Test
    void refusesAlteredCiphertext() {
        byte[] bytes = Base64.getDecoder().decode(cipher.encrypt("secret", CONTEXT));
        bytes[bytes.length - 1] ^= 0x01;
        String tampered = Base64.getEncoder().encodeToString(bytes);
        assertThatThrownBy(() -> cipher.decrypt(tampered, CONTEXT))
                .isInstanceOf(CredentialDecryptionException.class)
                .hasMessageNotContaining("secret\"");
    }

    @Test
    void refusesAlteredIv() {
        byte[] bytes = Base64.getDecoder().decode(cipher.encrypt("secret", CONTEXT));
        bytes[0] ^= 0x01;
        assertThatThrownBy(() -> cipher.decrypt(Base64.getEncoder().encodeToString(bytes), CONTEXT))
                .isInstanceOf(CredentialDecryptionException.class);
    }

    @Test
    void refusesAnotherKey() {
        String stored = cipher.encrypt("secret", CONTEXT);
        assertThatThrownBy(() -> new CredentialCipher(key(2)).decrypt(stored, CONTEXT))
                .isInstanceOf(CredentialDecryptionException.class);
    }

    @Test
    void refusesAValueMovedToAnotherShopOrField() {
        String stored = cipher.encrypt("secret", CONTEXT);
        assertThatThrownBy(() -> cipher.decrypt(stored, "shop:RAK002/licenseKey"))
                .isInstanceOf(CredentialDecryptionException.class);
        assertThatThrownBy(() -> cipher.decrypt(stored, "shop:RAK001/serviceSecret"))
                .isInstanceOf(CredentialDecryptionException.class);
    }

    @Test
    void refusesGarbage() {
        assertThatThrownBy(() -> cipher.decrypt("not base64 !!", CONTEXT)).isInstanceOf(CredentialDecryptionException.class);
        assertThatThrownBy(() -> cipher.decrypt("AAAA", CONTEXT)).isInstanceOf(CredentialDecryptionException.class);
    }

    @Test
    void needsA256BitKey() {
        assertThatThrownBy(() -> new CredentialCipher(new byte[16])).isInstanceOf(IllegalArgumentException.class);
    }

    private static byte[] key(int seed) {
        byte[] key = new byte[32];
        new SecureRandom(new byte[] {(byte) seed}).nextBytes(key);
        key[0] = (byte) seed;
        return key;
    }
}
