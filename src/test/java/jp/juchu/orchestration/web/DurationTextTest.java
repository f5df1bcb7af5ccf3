package jp.juchu.orchestration.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationTextTest {

    @Test
    void agesReadLikeAnOperatorSaysThem() {
        assertThat(DurationText.of(Duration.ofMinutes(192))).isEqualTo("3時間12分");
        assertThat(DurationText.of(Duration.ofHours(3))).isEqualTo("3時間");
        assertThat(DurationText.of(Duration.ofMinutes(12))).isEqualTo("12分");
        assertThat(DurationText.of(Duration.ofHours(51))).isEqualTo("2日3時間");
        assertThat(DurationText.of(Duration.ofSeconds(30))).isEqualTo("1分未満");
    }
}
