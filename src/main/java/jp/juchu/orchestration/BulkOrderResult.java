package jp.juchu.orchestration;

/**
 * What a 一括操作 did for one order.
 *
 * @param orderNumber the 受注番号 (the mall's order number), null for an unknown order
 * @param message     Japanese, for the operator: what was done, or why not
 */
public record BulkOrderResult(long orderId, String orderNumber, Outcome outcome, String message) {

    public boolean ok() {
        return outcome == Outcome.SUCCEEDED;
    }

    /**
     * 成功: the action was carried out (or, for 保留/保留解除/キャンセル, accepted for the process);
     * 失敗: it was tried and refused or failed; 対象外: the order has no step for this action (no open task,
     * not 入金待, already in the status, no mail address), so nothing was tried.
     */
    public enum Outcome {
        SUCCEEDED("成功"),
        FAILED("失敗"),
        SKIPPED("対象外");

        private final String label;

        Outcome(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
