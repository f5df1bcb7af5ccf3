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


    @Test
    void acceptsNumbersWhoseLastDigitIsTheFirstElevenModSeven() {
        assertThat(TrackingNumbers.isValid12("444413758703")).isTrue();
        assertThat(TrackingNumbers.isValid12("512547514334")).isTrue();
        assertThat(TrackingNumbers.isValid12("405548424886")).isTrue();
        assertThat(TrackingNumbers.isValid12("401234501371")).isTrue();
    }

    @Test
    void rejectsAWrongCheckDigitAndAnythingButTwelveDigits() {
        assertThat(TrackingNumbers.isValid12("401234501372")).isFalse();
        assertThat(TrackingNumbers.isValid12("444413758704")).isFalse();
        assertThat(TrackingNumbers.isValid12("40123450137")).isFalse();
        assertThat(TrackingNumbers.isValid12("4012345013710")).isFalse();
        assertThat(TrackingNumbers.isValid12("4012-3450-1371")).isFalse();
        assertThat(TrackingNumbers.isValid12("４０１２３４５０１３７１")).isFalse();
        assertThat(TrackingNumbers.isValid12(null)).isFalse();
    }

    @Test
    void normalizeRemovesSpacesAndHyphensAndMakesFullWidthHalfWidth() {
        assertThat(TrackingNumbers.normalize(" 4012-3450-1371 ")).isEqualTo("401234501371");
        assertThat(TrackingNumbers.normalize("４０１２　３４５０－１３７１")).isEqualTo("401234501371");
        assertThat(TrackingNumbers.normalize("EJ123456789JP")).isEqualTo("EJ123456789JP");
        assertThat(TrackingNumbers.normalize(null)).isEmpty();
        assertThat(TrackingNumbers.isValid12(TrackingNumbers.normalize("4012 3450 1371"))).isTrue();
    }
}
