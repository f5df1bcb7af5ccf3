package jp.juchu.order;

import java.time.LocalDate;
import java.util.List;

/**
 * 出荷確定 data for one shipment, as a tracking file brought it.
 *
 * @param carrierCode     配送業者 code (YAMATO, SAGAWA, …)
 * @param trackingNumbers 荷物番号, one per parcel (or the 指定文字列 for untracked メール便)
 * @param shippedOn       出荷日; {@code null} keeps the present one
 * @param deliveryDate    配送日 (お届け予定日) from the carrier; {@code null} keeps the present one
 * @param replace         置換: the numbers replace the shipment's; otherwise 追加 (numbers already there are skipped)
 * @param overwriteDates  上書き: dates already set are replaced; otherwise only empty dates are filled
 */
public record ShipmentTracking(String carrierCode, List<String> trackingNumbers, LocalDate shippedOn, LocalDate deliveryDate,
                               boolean replace, boolean overwriteDates) {

    public ShipmentTracking {
        trackingNumbers = List.copyOf(trackingNumbers);
    }
}
