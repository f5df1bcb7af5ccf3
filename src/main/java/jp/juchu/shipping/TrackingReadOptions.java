package jp.juchu.shipping;

/**
 * @param blankTrackingText 「荷物番号が空欄なら指定文字列」: the text recorded for a row without 荷物番号 (メール便);
 *                          {@code null} or empty = such a row is a problem
 */
public record TrackingReadOptions(String blankTrackingText) {

    public static final TrackingReadOptions STRICT = new TrackingReadOptions(null);

    public boolean acceptsBlank() {
        return blankTrackingText != null && !blankTrackingText.isBlank();
    }
}
