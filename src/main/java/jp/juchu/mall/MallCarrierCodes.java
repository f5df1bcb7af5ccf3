package jp.juchu.mall;

import java.util.Map;

/**
 * Our 配送業者 codes (YAMATO, SAGAWA, …) in the malls' own code lists: 楽天 deliveryCompany and Yahoo ShipCompanyCode
 * share the numbering for the common carriers (formats.md §1.3, §2.2); Amazon uses carrier-code names, with "Other"
 * plus a carrier name for the rest (§3.4).
 */
public final class MallCarrierCodes {

    private static final Map<String, String> RAKUTEN = Map.of(
            "YAMATO", "1001", "SAGAWA", "1002", "JAPANPOST", "1003", "SEINO", "1004", "FUKUYAMA", "1006");

    private static final Map<String, String> AMAZON = Map.of(
            "YAMATO", "YamatoTransport", "SAGAWA", "SagawaExpress", "JAPANPOST", "JapanPost", "SEINO", "Seino");

    private MallCarrierCodes() {
    }

    /** 楽天 deliveryCompany; 1000 その他 for carriers without a code. */
    public static String rakuten(String carrierCode) {
        return RAKUTEN.getOrDefault(carrierCode, "1000");
    }

    /** Yahoo ShipCompanyCode (same numbers as 楽天 for the carriers it lists). */
    public static String yahoo(String carrierCode) {
        return rakuten(carrierCode);
    }

    /** Amazon carrier-code; "Other" means the carrier name must be sent as well. */
    public static String amazon(String carrierCode) {
        return AMAZON.getOrDefault(carrierCode, "Other");
    }
}
