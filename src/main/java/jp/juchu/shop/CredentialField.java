package jp.juchu.shop;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import jp.juchu.core.Mall;

/** The API credentials each mall needs. The key is the JSON/form name; all values are stored encrypted. */
public enum CredentialField {
    RAKUTEN_SERVICE_SECRET(Mall.RAKUTEN, "serviceSecret", "serviceSecret"),
    RAKUTEN_LICENSE_KEY(Mall.RAKUTEN, "licenseKey", "licenseKey"),
    YAHOO_CLIENT_ID(Mall.YAHOO, "clientId", "Client ID (アプリケーションID)"),
    YAHOO_CLIENT_SECRET(Mall.YAHOO, "clientSecret", "シークレット"),
    YAHOO_REFRESH_TOKEN(Mall.YAHOO, "refreshToken", "リフレッシュトークン"),
    YAHOO_SELLER_ID(Mall.YAHOO, "sellerId", "ストアアカウント (seller ID)"),
    AMAZON_REFRESH_TOKEN(Mall.AMAZON, "refreshToken", "SP-API リフレッシュトークン"),
    AMAZON_CLIENT_ID(Mall.AMAZON, "clientId", "LWA クライアントID"),
    AMAZON_CLIENT_SECRET(Mall.AMAZON, "clientSecret", "LWA クライアントシークレット"),
    AMAZON_SELLER_ID(Mall.AMAZON, "sellerId", "出品者ID (seller ID)"),
    AMAZON_MARKETPLACE_ID(Mall.AMAZON, "marketplaceId", "マーケットプレイスID"),
    QOO10_API_KEY(Mall.QOO10, "apiKey", "API キー"),
    MAKESHOP_TOKEN(Mall.MAKESHOP, "token", "API トークン");

    private final Mall mall;
    private final String key;
    private final String label;

    CredentialField(Mall mall, String key, String label) {
        this.mall = mall;
        this.key = key;
        this.label = label;
    }

    public Mall mall() {
        return mall;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public static List<CredentialField> of(Mall mall) {
        return Arrays.stream(values()).filter(f -> f.mall == mall).toList();
    }

    public static Optional<CredentialField> find(Mall mall, String key) {
        return of(mall).stream().filter(f -> f.key.equals(key)).findFirst();
    }

    /** Malls with an API linking section (楽天 also has the licenseKey expiry date). */
    public static boolean hasApi(Mall mall) {
        return !of(mall).isEmpty();
    }
}
