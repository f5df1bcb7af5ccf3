package jp.juchu.shop;

/**
 * The carrier's service a 配送方法 stands for. Services sold by one carrier only name that carrier;
 * generic ones (クール便, 宅配便(一般), その他) fit every carrier.
 */
public enum ServiceType {
    TAKKYUBIN("宅急便", "YAMATO"),
    TAKKYUBIN_COMPACT("宅急便コンパクト", "YAMATO"),
    NEKOPOS("ネコポス", "YAMATO"),
    HIKYAKU("飛脚宅配便", "SAGAWA"),
    YUPACK("ゆうパック", "JAPANPOST"),
    YUPACKET("ゆうパケット", "JAPANPOST"),
    CLICKPOST("クリックポスト", "JAPANPOST"),
    LETTERPACK("レターパック", "JAPANPOST"),
    YUMAIL("ゆうメール", "JAPANPOST"),
    KANGAROO("カンガルー便", "SEINO"),
    COOL_CHILLED("クール便(冷蔵)", null),
    COOL_FROZEN("クール便(冷凍)", null),
    GENERAL("宅配便(一般)", null),
    OTHER("その他", null);

    private final String label;
    private final String carrierCode;

    ServiceType(String label, String carrierCode) {
        this.label = label;
        this.carrierCode = carrierCode;
    }

    public String label() {
        return label;
    }

    /** Whether a method of this service may be run by the given carrier ("OTHER" covers brokers and 3PLs). */
    public boolean offeredBy(String carrier) {
        return carrierCode == null || carrierCode.equals(carrier) || "OTHER".equals(carrier);
    }
}
