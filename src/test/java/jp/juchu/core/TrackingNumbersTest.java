package jp.juchu.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TrackingNumbersTest {

    @Test
    void carriersNumbersAreTrackableWithOrWithoutSeparators() {
        assertThat(TrackingNumbers.isTrackable("401234501371")).isTrue();
        assertThat(TrackingNumbers.isTrackable(" 4012-3450-1371 ")).isTrue();
        assertThat(TrackingNumbers.isTrackable("4012 3450 1371")).isTrue();
        assertThat(TrackingNumbers.isTrackable("4012－3450－1371")).isTrue();
        assertThat(TrackingNumbers.isTrackable("EJ123456789JP")).isTrue();
        assertThat(TrackingNumbers.normalize(" 4012-3450-1371 ")).isEqualTo("401234501371");
    }

    @Test
    void placeholderTextsOfUntrackedParcelsAreNot() {
        assertThat(TrackingNumbers.isTrackable("メール便")).isFalse();
        assertThat(TrackingNumbers.isTrackable("追跡なし")).isFalse();
        assertThat(TrackingNumbers.isTrackable("NONE")).isFalse();
        assertThat(TrackingNumbers.isTrackable("12345")).isFalse();
        assertThat(TrackingNumbers.isTrackable("メール便1234567")).isFalse();
        assertThat(TrackingNumbers.isTrackable("")).isFalse();
        assertThat(TrackingNumbers.isTrackable(null)).isFalse();
    }
}
