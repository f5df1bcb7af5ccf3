package jp.juchu.order;

/** タグ with a meaning to the system (operators may add any other). */
public final class OrderTags {

    /** 出荷抑制: the order is left out of 出荷指示 exports until the tag is removed. */
    public static final String SHIPPING_BLOCKED = "出荷抑制";

    /** 出荷報告済: the 後払い service has the shipment report (so it bills the customer). */
    public static final String SHIPMENT_REPORTED = "出荷報告済";

    private OrderTags() {
    }
}
