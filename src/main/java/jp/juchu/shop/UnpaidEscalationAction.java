package jp.juchu.shop;

/** What happens to an order that stays unpaid too long. */
public enum UnpaidEscalationAction {
    HOLD("保留にする"),
    CANCEL_CANDIDATE("キャンセル候補にする");

    private final String label;

    UnpaidEscalationAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
