package jp.juchu.shipping;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Options of one 出荷確定インポート.
 *
 * @param overwriteDates    出荷日/配送日を上書き (otherwise only empty dates are filled)
 * @param replaceTracking   荷物番号を置換 (otherwise 追加)
 * @param blankTrackingText 荷物番号が空欄の行に記録する文字列 (メール便); empty = such rows are errors
 * @param shop              for a generic file: the shop whose 注文番号 it lists (empty = any shop)
 */
public record ConfirmationRequest(TrackingFormat format, boolean overwriteDates, boolean replaceTracking,
                                  String blankTrackingText, String shop) {

    public ConfirmationRequest {
        blankTrackingText = blankTrackingText == null ? "" : blankTrackingText.strip();
        shop = shop == null ? "" : shop.strip();
    }

    Map<String, String> toParameters(String fileName) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("format", format.name());
        parameters.put("overwriteDates", String.valueOf(overwriteDates));
        parameters.put("replaceTracking", String.valueOf(replaceTracking));
        parameters.put("blankTrackingText", blankTrackingText);
        parameters.put("shop", shop);
        parameters.put("file", fileName);
        return parameters;
    }

    static ConfirmationRequest fromParameters(Function<String, String> parameter) {
        return new ConfirmationRequest(TrackingFormat.of(parameter.apply("format")),
                Boolean.parseBoolean(parameter.apply("overwriteDates")), Boolean.parseBoolean(parameter.apply("replaceTracking")),
                parameter.apply("blankTrackingText"), parameter.apply("shop"));
    }

    TrackingReadOptions readOptions() {
        return new TrackingReadOptions(blankTrackingText.isEmpty() ? null : blankTrackingText);
    }
}
