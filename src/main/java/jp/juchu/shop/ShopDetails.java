package jp.juchu.shop;

import java.time.LocalDate;
import java.util.List;
import jp.juchu.core.Mall;

/**
 * Everything about a shop that may be shown: settings plus the credential status (masked, never
 * the secret itself) and the 楽天 licenseKey expiry warning.
 *
 * @param licenseKeyExpiresSoon the licenseKey expires within {@value ShopDirectory#LICENSE_WARNING_DAYS} days or has expired
 */
public record ShopDetails(String code, Mall mall, String name, String shortName, String url, String managerName,
                          String senderEmail, boolean rakutenAnonymousMail, boolean orderIntakeEnabled,
                          CancelledOrderHandling cancelledOrders, List<CredentialStatus> credentials,
                          LocalDate licenseKeyExpiresOn, boolean licenseKeyExpiresSoon, boolean licenseKeyExpired) {

    public boolean credentialsConfigured() {
        return credentials.stream().anyMatch(CredentialStatus::configured);
    }

    public boolean hasApi() {
        return !credentials.isEmpty();
    }
}
