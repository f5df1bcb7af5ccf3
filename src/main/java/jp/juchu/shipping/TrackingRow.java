package jp.juchu.shipping;

import java.time.LocalDate;
import java.util.List;

/**
 * One shipment's line in a carrier result file or a generic tracking file.
 *
 * @param line            1-based line number in the file (header = line 1)
 * @param key             what identifies the shipment: お客様管理番号 (our shipment id) for B2/e飛伝, or the mall's
 *                        注文番号 for a generic file (see {@code keyKind})
 * @param keyKind         which of the two {@code key} is
 * @param trackingNumbers 荷物番号 (one per parcel; a file may repeat a key on several lines, the reader merges them)
 * @param carrierCode     配送業者 code when the file tells it (YAMATO for B2, SAGAWA for e飛伝), else {@code null}
 * @param shippedOn       出荷日 or {@code null}
 * @param deliveryDate    お届け予定日 or {@code null}
 */
public record TrackingRow(int line, String key, KeyKind keyKind, List<String> trackingNumbers, String carrierCode,
                          LocalDate shippedOn, LocalDate deliveryDate) {

    public enum KeyKind { SHIPMENT_ID, MALL_ORDER_NUMBER }

    public TrackingRow {
        trackingNumbers = List.copyOf(trackingNumbers);
    }
}
