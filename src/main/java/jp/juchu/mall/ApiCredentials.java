package jp.juchu.mall;

import java.util.List;
import jp.juchu.core.Mall;
import jp.juchu.shop.CredentialDecryptionException;
import jp.juchu.shop.CredentialField;
import jp.juchu.shop.ShopCredentials;
import jp.juchu.shop.ShopDirectory;

/** Loads a shop's API credentials and checks that the keys a client needs are all there. */
final class ApiCredentials {

    private ApiCredentials() {
    }

    /** @throws MallApiException NOT_CONFIGURED when the shop is of another mall, lacks a key or cannot be decrypted */
    static ShopCredentials require(ShopDirectory shops, String shopCode, Mall mall, String service, List<String> keys) {
        ShopCredentials credentials;
        try {
            credentials = shops.credentials(shopCode);
        } catch (CredentialDecryptionException e) {
            throw new MallApiException(MallApiException.Kind.NOT_CONFIGURED, 0,
                    "ショップ「" + shopCode + "」の" + service + "認証情報を復号できません。ショップ設定で入力し直してください");
        }
        if (credentials.mall() != mall) {
            throw new MallApiException(MallApiException.Kind.NOT_CONFIGURED, 0,
                    "ショップ「" + shopCode + "」は" + mall.label() + "のショップではないため、" + service + "を使えません");
        }
        List<String> missing = keys.stream().filter(key -> credentials.get(key).filter(v -> !v.isBlank()).isEmpty())
                .map(key -> CredentialField.find(mall, key).map(CredentialField::label).orElse(key)).toList();
        if (!missing.isEmpty()) {
            throw new MallApiException(MallApiException.Kind.NOT_CONFIGURED, 0,
                    "ショップ「" + shopCode + "」に" + service + "の認証情報（" + String.join("、", missing) + "）が設定されていません");
        }
        return credentials;
    }

    static String value(ShopCredentials credentials, String key) {
        return credentials.get(key).orElseThrow();
    }
}
