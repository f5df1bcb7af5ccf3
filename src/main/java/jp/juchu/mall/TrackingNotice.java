package jp.juchu.mall;

import java.time.LocalDate;
import java.util.List;

/**
 * 荷物番号連携 for one order: what a mall is told about its shipped parcels, by API or in an upload file
 * (R荷物, Y荷物, A出荷, W荷物).
 *
 * @param mallOrderNumber the mall's 注文番号
 * @param shipments       one entry per 送付先 that has 荷物番号
 */
public record TrackingNotice(String mallOrderNumber, List<ShipmentNotice> shipments) {

    public TrackingNotice {
        shipments = List.copyOf(shipments);
    }

    /**
     * @param mallShipmentId  the mall's id of the 送付先 (楽天 送付先ID = basketId), {@code null} when unknown
     * @param carrierCode     our 配送業者 code (YAMATO, SAGAWA, JAPANPOST, SEINO, FUKUYAMA, OTHER)
     * @param carrierName     配送業者名 as the shop calls it (for "Other" carriers)
     * @param trackingNumbers 荷物番号, one per parcel
     * @param shippedOn       出荷日
     * @param trackingUrl     the carrier's tracking page for the first number, or {@code null}
     */
    public record ShipmentNotice(String mallShipmentId, String carrierCode, String carrierName, List<String> trackingNumbers,
                                 LocalDate shippedOn, String trackingUrl) {

        public ShipmentNotice {
            trackingNumbers = List.copyOf(trackingNumbers);
        }
    }
}
