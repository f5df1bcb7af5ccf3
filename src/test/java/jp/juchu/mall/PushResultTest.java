package jp.juchu.mall;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.juchu.core.Mall;
import org.junit.jupiter.api.Test;

class PushResultTest {

    @Test
    void theHistoryLineSaysWhatWasSentAndWhatWasAlreadyThere() {
        PushResult result = new PushResult(Mall.RAKUTEN, "1-2-3", List.of("444413758703"), List.of("512547514334"), List.of(), null);

        assertThat(result.changed()).isTrue();
        assertThat(result.description()).isEqualTo("楽天市場に荷物番号 444413758703 を連携しました。"
                + "楽天市場に登録済みのため送りませんでした: 512547514334");
    }

    @Test
    void numbersTheMallCannotTakeAreNamedWithTheReason() {
        PushResult result = new PushResult(Mall.YAHOO, "s-1", List.of("1", "2"), List.of(), List.of("3"), "2個までです");

        assertThat(result.description()).endsWith("送っていない荷物番号: 3（2個までです）");
    }

    @Test
    void nothingToSend() {
        PushResult result = new PushResult(Mall.AMAZON, "o", List.of(), List.of(), List.of(), null);

        assertThat(result.changed()).isFalse();
        assertThat(result.description()).isEqualTo("Amazonに連携する荷物番号がありません");
    }
}
