package jp.juchu.orchestration;

import java.util.Arrays;
import jp.juchu.core.InvalidInputException;

/** The 一括操作 of the order list, by the code the JSON API uses. */
public enum BulkAction {
    RECONCILE("reconcile", "入金消込"),
    CONFIRM_RAKUTEN("confirm-rakuten", "R注文確認"),
    REGISTER_DEFERRED("register-deferred", "後払い取引登録"),
    MAIL("mail", "送信"),
    PROGRESS("progress", "進捗変更"),
    HOLD("hold", "保留"),
    RELEASE("release", "保留解除"),
    CANCEL("cancel", "キャンセル"),
    BUNDLE("bundle", "同梱");

    private final String code;
    private final String label;

    BulkAction(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /**
     * @throws InvalidInputException (field {@code action}) when the code is missing or unknown
     */
    public static BulkAction of(String code) {
        if (code == null || code.isBlank()) {
            throw new InvalidInputException("action", "一括操作 (action) を選択してください");
        }
        String wanted = code.strip();
        return Arrays.stream(values()).filter(a -> a.code.equals(wanted)).findFirst()
                .orElseThrow(() -> new InvalidInputException("action", "一括操作「" + wanted + "」はありません (使えるのは "
                        + String.join(", ", Arrays.stream(values()).map(BulkAction::code).toList()) + ")"));
    }
}
