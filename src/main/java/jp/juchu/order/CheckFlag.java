package jp.juchu.order;

/**
 * 状態区分: a reason to stop an order at 確認待 until an operator resolves it. Informational flags
 * (離島) are shown but do not stop the order.
 */
public enum CheckFlag {
    ADDRESS_ERROR("住所エラー", true, "郵便番号・都道府県・住所を確認して修正してください"),
    PAYMENT_MAPPING_ERROR("支払方法エラー", true, "支払方法を選択するか、支払方法設定にモールの名称を登録してください"),
    DELIVERY_MAPPING_ERROR("配送方法エラー", true, "配送方法を選択するか、配送方法設定にモールの名称を登録してください"),
    DELIVERY_DATE_ERROR("お届け日指定エラー", true, "お届け希望日を変更するか、お客様に確認してください"),
    CAUTION_CUSTOMER("要注意顧客", true, "顧客の注意事項を確認し、問題なければ解除してください"),
    MALL_WARNING("モール警告", true, "モール管理画面で警告内容を確認してから解除してください"),
    MALL_CHANGED_AFTER_EXPORT("出荷指示後のモール側変更", true, "出荷指示済みの内容とモールの最新内容を照合してください"),
    TAG_STOP("タグによる停止", true, "停止タグの内容を確認し、タグを外してください"),
    REMOTE_ISLAND("離島", false, "配送日数・送料を確認してください");

    private final String label;
    private final boolean blocking;
    private final String fixAction;

    CheckFlag(String label, boolean blocking, String fixAction) {
        this.label = label;
        this.blocking = blocking;
        this.fixAction = fixAction;
    }

    public String label() {
        return label;
    }

    public boolean isBlocking() {
        return blocking;
    }

    public String fixAction() {
        return fixAction;
    }
}
