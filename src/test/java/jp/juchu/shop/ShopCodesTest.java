package jp.juchu.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import jp.juchu.core.InvalidInputException;
import jp.juchu.core.Mall;
import org.junit.jupiter.api.Test;

class ShopCodesTest {

    @Test
    void startsEachMallAtOne() {
        assertThat(ShopCodes.next(Mall.RAKUTEN, List.of())).isEqualTo("RAK001");
        assertThat(ShopCodes.next(Mall.YAHOO, List.of("RAK001"))).isEqualTo("YAH001");
        assertThat(ShopCodes.next(Mall.AUPAY, List.of())).isEqualTo("AUP001");
        assertThat(ShopCodes.next(Mall.OTHER, List.of())).isEqualTo("OTH001");
    }

    @Test
    void continuesAfterTheHighestSequenceOfThePrefix() {
        assertThat(ShopCodes.next(Mall.RAKUTEN, List.of("RAK001", "RAK007", "YAH009", "my-shop"))).isEqualTo("RAK008");
    }

    @Test
    void comparesCodesCaseInsensitivelyLikeTheDatabase() {
        assertThat(ShopCodes.next(Mall.AMAZON, List.of("ama001", "ama002"))).isEqualTo("AMA003");
    }

    @Test
    void ignoresUserCodesThatOnlyStartWithThePrefix() {
        assertThat(ShopCodes.next(Mall.RAKUTEN, List.of("RAKUTEN-MAIN", "RAK_2", "RAK99999999"))).isEqualTo("RAK001");
    }

    @Test
    void growsBeyondThreeDigits() {
        assertThat(ShopCodes.next(Mall.QOO10, List.of("QOO999"))).isEqualTo("QOO1000");
    }

    @Test
    void acceptsLettersDigitsUnderscoreAndHyphen() {
        assertThat(ShopCodes.requireValid("my_shop-01")).isEqualTo("my_shop-01");
        assertThat(ShopCodes.requireValid("AB")).isEqualTo("AB");
    }

    @Test
    void rejectsOtherCodesOnTheCodeField() {
        for (String bad : List.of("A", "x".repeat(21), "楽天店", "shop 1", "shop/1", "shop.1")) {
            assertThatThrownBy(() -> ShopCodes.requireValid(bad))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("2〜20文字")
                    .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("code");
        }
    }
}
