package jp.juchu.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jp.juchu.core.InvalidInputException;
import jp.juchu.core.Mall;
import org.junit.jupiter.api.Test;

class ShopAttributesTest {

    @Test
    void stripsAndKeepsValidValues() {
        ShopAttributes attributes = attributes(Mall.RAKUTEN, " 株式会社サンプル 楽天市場店 ", "楽天店", "https://www.rakuten.co.jp/sample/",
                "shop@example.jp", true);
        assertThat(attributes.name()).isEqualTo("株式会社サンプル 楽天市場店");
        assertThat(attributes.url()).isEqualTo("https://www.rakuten.co.jp/sample/");
        assertThat(attributes.rakutenAnonymousMail()).isTrue();
    }

    @Test
    void optionalFieldsMayBeEmpty() {
        ShopAttributes attributes = attributes(Mall.YAHOO, "名前", "略称", null, null, false);
        assertThat(attributes.url()).isEmpty();
        assertThat(attributes.senderEmail()).isEmpty();
    }

    @Test
    void namesAreRequired() {
        assertField(() -> attributes(Mall.RAKUTEN, " ", "略称", "", "", false), "name", "ショップ名(正式名称)を入力してください");
        assertField(() -> attributes(Mall.RAKUTEN, "名前", null, "", "", false), "shortName", "ショップ名(略称)を入力してください");
    }

    @Test
    void namesHaveAMaximumLength() {
        assertField(() -> attributes(Mall.RAKUTEN, "名前", "あ".repeat(21), "", "", false), "shortName", "20文字以内");
        assertField(() -> attributes(Mall.RAKUTEN, "あ".repeat(101), "略称", "", "", false), "name", "100文字以内");
    }

    @Test
    void urlMustBeAWebAddress() {
        for (String bad : new String[] {"www.example.jp", "ftp://example.jp", "https://", "http://localhost", "https://exa mple.jp"}) {
            assertField(() -> attributes(Mall.RAKUTEN, "名前", "略称", bad, "", false), "url", "URL");
        }
    }

    @Test
    void senderEmailMustBeAnAddress() {
        for (String bad : new String[] {"shop", "shop@", "@example.jp", "shop@example", "a b@example.jp"}) {
            assertField(() -> attributes(Mall.RAKUTEN, "名前", "略称", "", bad, false), "senderEmail", "メールアドレスの形式");
        }
    }

    @Test
    void anonymousMailIsARakutenSetting() {
        assertField(() -> attributes(Mall.AMAZON, "名前", "略称", "", "", true), "rakutenAnonymousMail", "楽天市場のショップでのみ");
    }

    @Test
    void mallIsRequired() {
        assertField(() -> attributes(null, "名前", "略称", "", "", false), "mall", "モール種別を選択してください");
    }

    private static ShopAttributes attributes(Mall mall, String name, String shortName, String url, String email, boolean anonymous) {
        return new ShopAttributes(mall, name, shortName, url, "店長", email, anonymous, false,
                CancelledOrderHandling.REGISTER_AS_CANCELLED);
    }

    private static void assertField(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field, String message) {
        assertThatThrownBy(call).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(message)
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo(field);
    }
}
