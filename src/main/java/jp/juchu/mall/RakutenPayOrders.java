package jp.juchu.mall;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import jp.juchu.core.Mall;
import jp.juchu.shop.CredentialDecryptionException;
import jp.juchu.shop.ShopCredentials;
import jp.juchu.shop.ShopDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Entry point to 楽天ペイ受注API for one shop: checks the shop's credentials and licenseKey expiry
 * before any call and hands out a {@link RakutenPayOrderSession}.
 */
@Service
public class RakutenPayOrders {

    private static final Logger log = LoggerFactory.getLogger(RakutenPayOrders.class);
    static final String SERVICE_SECRET = "serviceSecret";
    static final String LICENSE_KEY = "licenseKey";

    private final ShopDirectory shops;
    private final RakutenPayOrderApi api;
    private final RakutenApiProperties properties;
    private final Clock clock;

    RakutenPayOrders(ShopDirectory shops, RakutenPayOrderApi api, RakutenApiProperties properties, Clock clock) {
        this.shops = shops;
        this.api = api;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Opens a session for {@code shopCode}.
     *
     * @throws MallApiException NOT_CONFIGURED when the shop is no 楽天 shop, lacks serviceSecret/licenseKey or they
     *                          cannot be decrypted,
     *                          LICENSE_EXPIRED when the licenseKey has expired (no call is made then)
     */
    public RakutenPayOrderSession open(String shopCode) {
        ShopCredentials credentials;
        try {
            credentials = shops.credentials(shopCode);
        } catch (CredentialDecryptionException e) {
            throw new MallApiException(MallApiException.Kind.NOT_CONFIGURED, 0,
                    "ショップ「" + shopCode + "」の楽天RMS認証情報を復号できません。ショップ設定で serviceSecret と licenseKey を入力し直してください");
        }
        if (credentials.mall() != Mall.RAKUTEN) {
            throw new MallApiException(MallApiException.Kind.NOT_CONFIGURED, 0,
                    "ショップ「" + shopCode + "」は楽天のショップではないため、楽天ペイ受注APIを使えません");
        }
        String secret = credentials.get(SERVICE_SECRET).filter(s -> !s.isBlank()).orElse(null);
        String licenseKey = credentials.get(LICENSE_KEY).filter(s -> !s.isBlank()).orElse(null);
        if (secret == null || licenseKey == null) {
            throw new MallApiException(MallApiException.Kind.NOT_CONFIGURED, 0,
                    "ショップ「" + shopCode + "」に楽天RMSの serviceSecret と licenseKey が設定されていません");
        }
        String warning = licenseWarning(shopCode, credentials.licenseKeyExpiresOn());
        return new RakutenPayOrderSession(shopCode, authorization(secret, licenseKey), warning, api, properties, clock);
    }

    /** {@code ESA Base64(serviceSecret:licenseKey)}. */
    static String authorization(String serviceSecret, String licenseKey) {
        return "ESA " + Base64.getEncoder().encodeToString((serviceSecret + ":" + licenseKey).getBytes(StandardCharsets.UTF_8));
    }

    private String licenseWarning(String shopCode, LocalDate expiresOn) {
        if (expiresOn == null) {
            return null;
        }
        LocalDate today = LocalDate.now(clock);
        if (expiresOn.isBefore(today)) {
            throw new MallApiException(MallApiException.Kind.LICENSE_EXPIRED, 0,
                    "ショップ「" + shopCode + "」の楽天RMS licenseKey は " + expiresOn
                            + " に有効期限が切れています。RMSで再発行し、ショップ設定を更新してください");
        }
        if (expiresOn.isAfter(today.plusDays(ShopDirectory.LICENSE_WARNING_DAYS))) {
            return null;
        }
        log.warn("楽天RMS licenseKey of shop {} expires on {}", shopCode, expiresOn);
        return "楽天RMS licenseKey の有効期限（" + expiresOn + "）が近づいています。期限前にRMSで再発行し、ショップ設定を更新してください";
    }
}
