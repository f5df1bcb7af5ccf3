package jp.juchu.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import jp.juchu.core.InvalidInputException;
import jp.juchu.core.Mall;
import org.junit.jupiter.api.Test;

class CredentialChangesTest {

    private final CredentialCipher cipher = new CredentialCipher(new byte[32]);

    @Test
    void storesNewSecretsEncryptedAndDescribesThemWithoutValues() {
        Shop shop = shop(Mall.RAKUTEN);
        var changes = CredentialChanges.validate(Mall.RAKUTEN,
                Map.of("licenseKey", CredentialUpdate.submitted(" SP-license-1a2b "), "serviceSecret", CredentialUpdate.submitted("SP-secret-9z9z")),
                CredentialUpdate.submitted("2026-12-31"));

        var described = changes.applyTo(shop, cipher);

        assertThat(described).containsExactly("serviceSecret: 設定", "licenseKey: 設定", "licenseKey有効期限: 2026-12-31");
        assertThat(shop.encryptedCredentials().get("licenseKey")).doesNotContain("SP-license");
        assertThat(cipher.decrypt(shop.encryptedCredentials().get("licenseKey"), "shop:RAK001/licenseKey")).isEqualTo("SP-license-1a2b");
        assertThat(shop.getLicenseKeyExpiresOn()).isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void theMaskOrAnEmptyValueKeepsTheStoredSecret() {
        Shop shop = shop(Mall.QOO10);
        CredentialChanges.validate(Mall.QOO10, Map.of("apiKey", CredentialUpdate.submitted("qoo10-key-abcd")), CredentialUpdate.keep())
                .applyTo(shop, cipher);
        String stored = shop.encryptedCredentials().get("apiKey");

        for (String resent : new String[] {"••••abcd", "", "  ", "••••"}) {
            var described = CredentialChanges.validate(Mall.QOO10, Map.of("apiKey", CredentialUpdate.submitted(resent)),
                    CredentialUpdate.keep()).applyTo(shop, cipher);
            assertThat(described).isEmpty();
            assertThat(shop.encryptedCredentials().get("apiKey")).isEqualTo(stored);
        }
    }

    @Test
    void theSameValueAgainIsNoChange() {
        Shop shop = shop(Mall.MAKESHOP);
        Map<String, CredentialUpdate> token = Map.of("token", CredentialUpdate.submitted("makeshop-token"));
        CredentialChanges.validate(Mall.MAKESHOP, token, CredentialUpdate.keep()).applyTo(shop, cipher);
        assertThat(CredentialChanges.validate(Mall.MAKESHOP, token, CredentialUpdate.keep()).applyTo(shop, cipher)).isEmpty();
    }

    @Test
    void clearRemovesTheSecret() {
        Shop shop = shop(Mall.QOO10);
        CredentialChanges.validate(Mall.QOO10, Map.of("apiKey", CredentialUpdate.submitted("qoo10-key")), CredentialUpdate.keep())
                .applyTo(shop, cipher);
        var changes = CredentialChanges.validate(Mall.QOO10, Map.of("apiKey", CredentialUpdate.clear()), CredentialUpdate.keep());

        assertThat(changes.leaveConfigured(shop.encryptedCredentials().keySet())).isFalse();
        assertThat(changes.applyTo(shop, cipher)).containsExactly("apiKey: 削除");
        assertThat(shop.hasCredentials()).isFalse();
    }

    @Test
    void onlyTheMallsOwnCredentialsAreAccepted() {
        assertField(() -> CredentialChanges.validate(Mall.YAHOO, Map.of("licenseKey", CredentialUpdate.submitted("x")), CredentialUpdate.keep()),
                "credentials.licenseKey", "Yahoo!ショッピングのショップには「licenseKey」は設定できません");
        assertField(() -> CredentialChanges.validate(Mall.EBAY, Map.of("token", CredentialUpdate.clear()), CredentialUpdate.keep()),
                "credentials.token", "API 連携の認証情報はありません");
    }

    @Test
    void secretsAreVisibleAsciiWithoutSpaces() {
        assertField(() -> CredentialChanges.validate(Mall.AMAZON, Map.of("clientSecret", CredentialUpdate.submitted("abc def")), CredentialUpdate.keep()),
                "credentials.clientSecret", "半角英数字");
        assertField(() -> CredentialChanges.validate(Mall.AMAZON, Map.of("refreshToken", CredentialUpdate.submitted("x".repeat(1001))), CredentialUpdate.keep()),
                "credentials.refreshToken", "1000文字以内");
    }

    @Test
    void theExpiryDateIsRakutenOnlyAndMustBeADate() {
        assertField(() -> CredentialChanges.validate(Mall.RAKUTEN, Map.of(), CredentialUpdate.submitted("31.12.2026")),
                "credentials.licenseKeyExpiresOn", "2026-12-31 の形式");
        assertField(() -> CredentialChanges.validate(Mall.YAHOO, Map.of(), CredentialUpdate.submitted("2026-12-31")),
                "credentials.licenseKeyExpiresOn", "楽天市場のショップでのみ");
        Shop shop = shop(Mall.RAKUTEN);
        CredentialChanges.validate(Mall.RAKUTEN, Map.of(), CredentialUpdate.submitted("2026/1/5")).applyTo(shop, cipher);
        assertThat(shop.getLicenseKeyExpiresOn()).isEqualTo(LocalDate.of(2026, 1, 5));
        CredentialChanges.validate(Mall.RAKUTEN, Map.of(), CredentialUpdate.clear()).applyTo(shop, cipher);
        assertThat(shop.getLicenseKeyExpiresOn()).isNull();
    }

    @Test
    void knowsWhetherCredentialsRemainConfigured() {
        var adding = CredentialChanges.validate(Mall.QOO10, Map.of("apiKey", CredentialUpdate.submitted("k")), CredentialUpdate.keep());
        assertThat(adding.leaveConfigured(Set.of())).isTrue();
        var nothing = CredentialChanges.validate(Mall.QOO10, Map.of(), CredentialUpdate.keep());
        assertThat(nothing.leaveConfigured(Set.of())).isFalse();
        assertThat(nothing.leaveConfigured(Set.of("apiKey"))).isTrue();
    }

    private static Shop shop(Mall mall) {
        return new Shop(ShopCodes.prefix(mall) + "001", new ShopAttributes(mall, "名前", "略称", "", "", "", false, false,
                CancelledOrderHandling.REGISTER_AS_CANCELLED));
    }

    private static void assertField(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field, String message) {
        assertThatThrownBy(call).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(message)
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo(field);
    }
}
