package jp.juchu.shop;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import jp.juchu.core.InvalidInputException;
import jp.juchu.core.Mall;

/**
 * A create or update request for a 連携ショップ, from the API or the screen. On update a {@code null}
 * field keeps the stored value; an empty text clears an optional one.
 *
 * @param credentials          changes to stored credentials by {@link CredentialField#key()}; absent keys are kept
 * @param licenseKeyExpiresOn  楽天 licenseKey expiry date as text (yyyy-MM-dd); {@code null} keeps it
 * @param intakeConsent        the operator confirmed which data are sent to the mall when intake is switched on
 */
public record ShopInput(String code, Mall mall, String name, String shortName, String url, String managerName,
                        String senderEmail, Boolean rakutenAnonymousMail, Boolean orderIntakeEnabled,
                        CancelledOrderHandling cancelledOrders, Map<String, CredentialUpdate> credentials,
                        CredentialUpdate licenseKeyExpiresOn, boolean intakeConsent) {

    public ShopInput {
        credentials = credentials == null ? Map.of() : Map.copyOf(credentials);
        licenseKeyExpiresOn = licenseKeyExpiresOn == null ? CredentialUpdate.keep() : licenseKeyExpiresOn;
    }

    /** Parses a mall name such as {@code RAKUTEN}; an unknown value is a field error on {@code mall}. */
    public static Mall parseMall(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Mall.valueOf(text.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("mall", "モール種別「" + text + "」は選べません。"
                    + Arrays.stream(Mall.values()).map(Mall::name).collect(Collectors.joining(", ")) + " のいずれかを指定してください");
        }
    }

    public static CancelledOrderHandling parseCancelledOrders(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return CancelledOrderHandling.valueOf(text.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("cancelledOrders",
                    "キャンセル済み注文の登録方法は REGISTER_AS_CANCELLED または SKIP を指定してください");
        }
    }
}
