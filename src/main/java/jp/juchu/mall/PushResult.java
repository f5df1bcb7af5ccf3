package jp.juchu.mall;

import java.util.ArrayList;
import java.util.List;
import jp.juchu.core.Mall;

/**
 * What 荷物番号連携 by API did for one order.
 *
 * @param mall            the mall that was told
 * @param mallOrderNumber the mall's 注文番号
 * @param sent            荷物番号 sent by this call
 * @param alreadyThere    荷物番号 the mall already had, so they were not sent again
 * @param notSent         荷物番号 the mall's API cannot take (see {@code remark})
 * @param remark          why {@code notSent} were left out, {@code null} when none were
 */
public record PushResult(Mall mall, String mallOrderNumber, List<String> sent, List<String> alreadyThere,
                         List<String> notSent, String remark) {

    public PushResult {
        sent = List.copyOf(sent);
        alreadyThere = List.copyOf(alreadyThere);
        notSent = List.copyOf(notSent);
    }

    /** Whether the mall's data was changed by this call. */
    public boolean changed() {
        return !sent.isEmpty();
    }

    /** One line for the order history. */
    public String description() {
        List<String> parts = new ArrayList<>();
        if (!sent.isEmpty()) {
            parts.add(mall.label() + "に荷物番号 " + String.join(", ", sent) + " を連携しました");
        }
        if (!alreadyThere.isEmpty()) {
            parts.add(mall.label() + "に登録済みのため送りませんでした: " + String.join(", ", alreadyThere));
        }
        if (sent.isEmpty() && alreadyThere.isEmpty() && notSent.isEmpty()) {
            parts.add(mall.label() + "に連携する荷物番号がありません");
        }
        if (!notSent.isEmpty()) {
            parts.add("送っていない荷物番号: " + String.join(", ", notSent) + (remark == null ? "" : "（" + remark + "）"));
        }
        return String.join("。", parts);
    }
}
