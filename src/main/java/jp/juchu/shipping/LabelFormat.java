package jp.juchu.shipping;

/**
 * A 配送伝票 format selectable for 出荷指示エクスポート.
 *
 * @param id          as in the API: B2, EHIDEN, YUPRI or TEMPLATE:&lt;id&gt;
 * @param label       as shown on screens (B2クラウド, e飛伝, …, the template's name)
 * @param carrierCode the carrier whose label software reads it, or {@code null} for a user template (any carrier)
 * @param filePrefix  the start of the file name
 */
record LabelFormat(String id, String label, String carrierCode, String filePrefix, LabelFileWriter writer) {

    boolean fits(String shipmentCarrier) {
        return carrierCode == null || carrierCode.equals(shipmentCarrier);
    }
}
