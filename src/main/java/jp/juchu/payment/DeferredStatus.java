package jp.juchu.payment;

/** Where an order's 後払い transaction stands. REJECTED and CANCELLED are no longer active. */
public enum DeferredStatus {
    /** Sent to the provider (API); no credit result yet, or the answer was lost and will be asked again. */
    REGISTERED("取引登録済"),
    /** Waits to go out in the provider's registration CSV, then for the 与信結果 CSV. */
    AWAITING_CSV("CSV連携待"),
    CREDIT_OK("与信OK"),
    CREDIT_NG("与信NG"),
    CREDIT_PENDING("与信保留"),
    /** CSV providers: the parcel left and waits to go out in the provider's 出荷報告 CSV. */
    SHIPMENT_PENDING("出荷報告待ち"),
    SHIPMENT_REPORTED("出荷報告済"),
    /** The provider refused the registration (e.g. address not accepted); may be registered again after a fix. */
    REJECTED("登録エラー"),
    CANCELLED("キャンセル");

    private final String label;

    DeferredStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isActive() {
        return this != REJECTED && this != CANCELLED;
    }

    /** A credit result may still change the transaction. */
    boolean acceptsCreditResult() {
        return this == REGISTERED || this == AWAITING_CSV || this == CREDIT_OK || this == CREDIT_NG || this == CREDIT_PENDING;
    }
}
