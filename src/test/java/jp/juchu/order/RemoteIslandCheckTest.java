package jp.juchu.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** 離島 from the bundled postal code table, for orders of every mall (not only 楽天's own flag). */
class RemoteIslandCheckTest {

    static Contact recipient(String postal, String prefecture, String city) {
        return new Contact("受注\u3000花子", null, postal, prefecture, city, "1-2-3", "090-1234-5678");
    }

    static Order toRecipient(Contact recipient, LocalDate requested, boolean mallFlag) {
        return OrderCheckRulesTest.order(OrderCheckRulesTest.contact("150-0002", "東京都"), recipient, "CARD", "YAMATO", requested,
                false, null, mallFlag);
    }

    @Test
    void aRecipientOnAListedIslandIsFlaggedWithoutTheMallsFlagAndTheOrderIsNotStopped() {
        Order order = toRecipient(recipient("100-1511", "東京都", "八丈島八丈町"), null, false);
        Map<CheckFlag, String> found = OrderCheckRulesTest.rules().evaluate(order);
        assertThat(found).containsOnlyKeys(CheckFlag.REMOTE_ISLAND);
        assertThat(found.get(CheckFlag.REMOTE_ISLAND))
                .isEqualTo("離島への配送です（送付先の郵便番号 100-1511 は東京都 八丈島（八丈町））。配送日数と送料を確認してください");
        order.applyCheckResult(OrderCheckRules.CHECKED_KINDS, found, java.time.Instant.now());
        assertThat(order.needsReview()).isFalse();
    }

    @Test
    void mainlandCodesAreNotFlagged() {
        assertThat(OrderCheckRulesTest.rules().evaluate(toRecipient(recipient("100-0001", "東京都", "千代田区"), null, false))).isEmpty();
        assertThat(OrderCheckRulesTest.rules().evaluate(toRecipient(recipient("900-0015", "沖縄県", "那覇市"), null, false))).isEmpty();
    }

    @Test
    void anIslandFromTheTableNeedsTheExtraDeliveryDayToo() {
        assertThat(OrderCheckRulesTest.rules().evaluate(toRecipient(recipient("100-0001", "東京都", "千代田区"), LocalDate.of(2026, 12, 1), false)))
                .isEmpty();
        assertThat(OrderCheckRulesTest.rules().evaluate(toRecipient(recipient("100-1511", "東京都", "八丈島八丈町"), LocalDate.of(2026, 12, 1), false)))
                .containsOnlyKeys(CheckFlag.DELIVERY_DATE_ERROR, CheckFlag.REMOTE_ISLAND);
        assertThat(OrderCheckRulesTest.rules().evaluate(toRecipient(recipient("100-1511", "東京都", "八丈島八丈町"), LocalDate.of(2026, 12, 2), false)))
                .containsOnlyKeys(CheckFlag.REMOTE_ISLAND);
    }
}
