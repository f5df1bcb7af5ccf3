package jp.juchu.shop;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import jp.juchu.core.Mall;

/**
 * The decrypted API credentials of one shop, for the mall API clients. Never serialise or log it:
 * {@link #toString()} hides the values.
 *
 * @param values credential key ({@link CredentialField#key()}) to plaintext, only configured ones
 */
public record ShopCredentials(String shopCode, Mall mall, Map<String, String> values, LocalDate licenseKeyExpiresOn) {

    public ShopCredentials {
        values = Map.copyOf(values);
    }

    public Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    public boolean isConfigured() {
        return !values.isEmpty();
    }

    @Override
    public String toString() {
        return "ShopCredentials[shopCode=" + shopCode + ", mall=" + mall + ", configured=" + values.keySet()
                + ", licenseKeyExpiresOn=" + licenseKeyExpiresOn + "]";
    }
}
