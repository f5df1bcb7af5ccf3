package jp.juchu.shop;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import jp.juchu.core.InvalidInputException;
import jp.juchu.core.Mall;

/** Validated changes to a shop's credentials, checked completely before anything is stored. */
final class CredentialChanges {

    static final String EXPIRY_KEY = "licenseKeyExpiresOn";
    static final int MAX_SECRET_LENGTH = 1000;
    private static final Pattern SECRET = Pattern.compile("[\\x21-\\x7E]+");
    private static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("uuuu/M/d");

    private final Map<CredentialField, String> newValues = new LinkedHashMap<>();
    private final Set<CredentialField> removals = new LinkedHashSet<>();
    private boolean expiryChanges;
    private LocalDate expiry;

    private CredentialChanges() {
    }

    static CredentialChanges validate(Mall mall, Map<String, CredentialUpdate> updates, CredentialUpdate expiryUpdate) {
        CredentialChanges changes = new CredentialChanges();
        for (String key : new TreeSet<>(updates.keySet())) {
            if (CredentialField.find(mall, key).isEmpty()) {
                throw new InvalidInputException("credentials." + key, mall.label() + "のショップには「" + key + "」は設定できません"
                        + allowed(mall));
            }
        }
        for (CredentialField field : CredentialField.of(mall)) {
            CredentialUpdate update = updates.getOrDefault(field.key(), CredentialUpdate.keep());
            if (update instanceof CredentialUpdate.Clear) {
                changes.removals.add(field);
            } else if (update instanceof CredentialUpdate.Submitted submitted && !submitted.keepsSecret()) {
                changes.newValues.put(field, secret(field, submitted.text().strip()));
            }
        }
        changes.expiry(mall, expiryUpdate);
        return changes;
    }

    private static String allowed(Mall mall) {
        List<String> keys = CredentialField.of(mall).stream().map(CredentialField::key).toList();
        return keys.isEmpty() ? " (API 連携の認証情報はありません)" : " (設定できる項目: " + String.join(", ", keys) + ")";
    }

    private static String secret(CredentialField field, String value) {
        if (value.length() > MAX_SECRET_LENGTH || !SECRET.matcher(value).matches()) {
            throw new InvalidInputException("credentials." + field.key(),
                    "「" + field.label() + "」は空白を含まない半角英数字・記号で" + MAX_SECRET_LENGTH + "文字以内で入力してください");
        }
        return value;
    }

    private void expiry(Mall mall, CredentialUpdate update) {
        String field = "credentials." + EXPIRY_KEY;
        if (update instanceof CredentialUpdate.Clear
                || update instanceof CredentialUpdate.Submitted s && s.text().isBlank()) {
            expiryChanges = mall == Mall.RAKUTEN;
            expiry = null;
        } else if (update instanceof CredentialUpdate.Submitted submitted) {
            if (mall != Mall.RAKUTEN) {
                throw new InvalidInputException(field, "licenseKey の有効期限は楽天市場のショップでのみ設定できます");
            }
            expiryChanges = true;
            expiry = parseDate(field, submitted.text().strip());
        }
    }

    private static LocalDate parseDate(String field, String text) {
        try {
            return text.contains("/") ? LocalDate.parse(text, SLASHED) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "licenseKey の有効期限は 2026-12-31 の形式で入力してください");
        }
    }

    /** Whether the shop has at least one credential once these changes are applied. */
    boolean leaveConfigured(Set<String> currentKeys) {
        Set<String> after = new LinkedHashSet<>(currentKeys);
        removals.forEach(f -> after.remove(f.key()));
        newValues.keySet().forEach(f -> after.add(f.key()));
        return !after.isEmpty();
    }

    /** Stores the changes and describes them for the operation log, without any secret value. */
    List<String> applyTo(Shop shop, CredentialCipher cipher) {
        List<String> described = new ArrayList<>();
        Map<String, String> stored = shop.encryptedCredentials();
        for (CredentialField field : removals) {
            if (stored.containsKey(field.key())) {
                shop.removeCredential(field);
                described.add(field.key() + ": 削除");
            }
        }
        newValues.forEach((field, plaintext) -> {
            String context = CredentialContext.of(shop.getCode(), field.key());
            String current = stored.get(field.key());
            if (current != null && plaintext.equals(decryptOrNull(cipher, current, context))) {
                return;
            }
            shop.storeCredential(field, cipher.encrypt(plaintext, context));
            described.add(field.key() + ": " + (current == null ? "設定" : "変更"));
        });
        if (expiryChanges && !Objects.equals(expiry, shop.getLicenseKeyExpiresOn())) {
            shop.changeLicenseKeyExpiry(expiry);
            described.add("licenseKey有効期限: " + (expiry == null ? "削除" : expiry));
        }
        return described;
    }

    private static String decryptOrNull(CredentialCipher cipher, String ciphertext, String context) {
        try {
            return cipher.decrypt(ciphertext, context);
        } catch (CredentialDecryptionException e) {
            return null;
        }
    }
}
