package jp.juchu.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jp.juchu.core.InvalidInputException;
import jp.juchu.core.Mall;
import org.junit.jupiter.api.Test;

class ShopInputTest {

    @Test
    void parsesMallNames() {
        assertThat(ShopInput.parseMall("RAKUTEN")).isEqualTo(Mall.RAKUTEN);
        assertThat(ShopInput.parseMall(" yahoo ")).isEqualTo(Mall.YAHOO);
        assertThat(ShopInput.parseMall("")).isNull();
    }

    @Test
    void anUnknownMallIsAFieldErrorInJapanese() {
        assertThatThrownBy(() -> ShopInput.parseMall("MERCARI"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("モール種別「MERCARI」は選べません")
                .hasMessageContaining("RAKUTEN, YAHOO")
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("mall");
    }

    @Test
    void anUnknownCancelledOrderOptionIsAFieldError() {
        assertThat(ShopInput.parseCancelledOrders("skip")).isEqualTo(CancelledOrderHandling.SKIP);
        assertThatThrownBy(() -> ShopInput.parseCancelledOrders("DROP"))
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("cancelledOrders");
    }

    @Test
    void masksShowAtMostTheLastFourCharacters() {
        assertThat(CredentialStatus.mask("SP-license-key-1a2b")).isEqualTo("••••1a2b");
        assertThat(CredentialStatus.mask("short12")).isEqualTo("••••");
    }

    @Test
    void submittedValuesAreNeverPrinted() {
        assertThat(CredentialUpdate.submitted("top-secret").toString()).doesNotContain("top-secret");
        ShopCredentials credentials = new ShopCredentials("RAK001", Mall.RAKUTEN, java.util.Map.of("licenseKey", "top-secret"), null);
        assertThat(credentials.toString()).doesNotContain("top-secret").contains("licenseKey");
    }
}
