package jp.juchu.orchestration;

import java.util.List;

/**
 * A 一括操作 as the screen or the JSON API received it, not yet checked ({@link BulkOrderActions} does that).
 * Only the parameters of the chosen action are read.
 *
 * @param action          the action's code, e.g. {@code hold} (see {@link BulkAction})
 * @param paidAt          入金消込: 入金日時 (ISO date-time, local date-time in Japan, or a date); blank = now
 * @param provider        後払い取引登録: NP_ATOBARAI, GMO_ATOBARAI, ATOBARAI_COM or ATODENE
 * @param invoiceEnclosed 後払い取引登録: 請求書同梱 (null = no)
 * @param templateId      送信: the メールテンプレート
 * @param status          進捗変更: the target status (e.g. READY_TO_SHIP)
 * @param reason          キャンセル: optional reason for the history
 * @param parentId        同梱: the parent among {@code orderIds}; null = the default parent
 */
public record BulkRequest(String action, List<Long> orderIds, String paidAt, String provider, Boolean invoiceEnclosed,
                          Long templateId, String status, String reason, Long parentId) {

    /** A request with only the action and the orders (保留, 保留解除, R注文確認, …). */
    public static BulkRequest of(String action, List<Long> orderIds) {
        return new BulkRequest(action, orderIds, null, null, null, null, null, null, null);
    }
}
