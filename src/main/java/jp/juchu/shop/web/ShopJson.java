package jp.juchu.shop.web;

import java.util.LinkedHashMap;
import java.util.Map;
import jp.juchu.core.InvalidInputException;
import jp.juchu.core.Mall;
import jp.juchu.shop.CredentialStatus;
import jp.juchu.shop.CredentialUpdate;
import jp.juchu.shop.ShopDetails;
import jp.juchu.shop.ShopInput;

/** The shop JSON of the stable API: what is shown (masked credentials) and what is accepted. */
final class ShopJson {

    static final String EXPIRY = "licenseKeyExpiresOn";

    private ShopJson() {
    }

    static Map<String, Object> of(ShopDetails shop) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("code", shop.code());
        json.put("mall", shop.mall().name());
        json.put("mallLabel", shop.mall().label());
        json.put("name", shop.name());
        json.put("shortName", shop.shortName());
        json.put("url", shop.url());
        json.put("managerName", shop.managerName());
        json.put("senderEmail", shop.senderEmail());
        json.put("rakutenAnonymousMail", shop.rakutenAnonymousMail());
        json.put("orderIntakeEnabled", shop.orderIntakeEnabled());
        json.put("cancelledOrders", shop.cancelledOrders().name());
        Map<String, Object> credentials = new LinkedHashMap<>();
        for (CredentialStatus status : shop.credentials()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("configured", status.configured());
            entry.put("masked", status.masked());
            credentials.put(status.key(), entry);
        }
        if (shop.mall() == Mall.RAKUTEN) {
            credentials.put(EXPIRY, shop.licenseKeyExpiresOn() == null ? null : shop.licenseKeyExpiresOn().toString());
        }
        json.put("credentials", credentials);
        json.put("credentialsConfigured", shop.credentialsConfigured());
        json.put(EXPIRY, shop.licenseKeyExpiresOn() == null ? null : shop.licenseKeyExpiresOn().toString());
        json.put("licenseKeyExpiresSoon", shop.licenseKeyExpiresSoon());
        json.put("licenseKeyExpired", shop.licenseKeyExpired());
        return json;
    }

    /**
     * Reads a request. In {@code credentials} a string sets a secret (unless it is empty or the mask, which
     * keep it), {@code null} removes it, and an object (as returned by GET) keeps it.
     */
    static ShopInput input(ShopRequest request) {
        Mall mall = ShopInput.parseMall(request.mall());
        Map<String, CredentialUpdate> updates = new LinkedHashMap<>();
        CredentialUpdate expiry = CredentialUpdate.keep();
        if (request.credentials() != null) {
            for (Map.Entry<String, Object> entry : request.credentials().entrySet()) {
                CredentialUpdate update = update(entry.getKey(), entry.getValue());
                if (EXPIRY.equals(entry.getKey())) {
                    expiry = update;
                } else {
                    updates.put(entry.getKey(), update);
                }
            }
        }
        return new ShopInput(request.code(), mall, request.name(), request.shortName(), request.url(),
                request.managerName(), request.senderEmail(), request.rakutenAnonymousMail(), request.orderIntakeEnabled(),
                ShopInput.parseCancelledOrders(request.cancelledOrders()), updates, expiry,
                Boolean.TRUE.equals(request.intakeConsent()));
    }

    private static CredentialUpdate update(String key, Object value) {
        if (value == null) {
            return CredentialUpdate.clear();
        }
        if (value instanceof String text) {
            return CredentialUpdate.submitted(text);
        }
        if (value instanceof Map<?, ?>) {
            return CredentialUpdate.keep();
        }
        throw new InvalidInputException("credentials." + key, "認証情報「" + key + "」は文字列で指定してください");
    }

    record ShopRequest(String code, String mall, String name, String shortName, String url, String managerName,
                       String senderEmail, Boolean rakutenAnonymousMail, Boolean orderIntakeEnabled,
                       String cancelledOrders, Map<String, Object> credentials, Boolean intakeConsent) {
    }
}
