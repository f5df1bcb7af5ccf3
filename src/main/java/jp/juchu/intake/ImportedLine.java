package jp.juchu.intake;

/**
 * One 商品明細.
 *
 * @param lineId       the mall's line id (楽天 商品明細ID, Yahoo LineId, Amazon order-item-id)
 * @param itemId       the mall's item id (楽天 商品ID, Yahoo ItemId), {@code null} for Amazon
 * @param itemNumber   the shop's item code (楽天 商品番号, Yahoo SubCode or ItemId, Amazon sku)
 * @param manageNumber 楽天 商品管理番号, else {@code null}
 * @param name         商品名 / Title / product-name
 * @param options      項目・選択肢 as text ("カラー:生成 サイズ:M"), {@code null} when none
 * @param unitPrice    単価 in yen, {@code null} where the file has no price (Amazon 未出荷レポート)
 * @param quantity     個数, at least 1
 * @param lineTotal    小計 where the mall states it (Yahoo LineSubTotal, Amazon item-price), else {@code null}
 * @param taxIncluded  税込 (true) / 税別 (false), {@code null} when not stated
 * @param taxRate      税率 in percent (8, 10), {@code null} when not stated
 * @param deliveryInfo 納期情報, {@code null} when none
 * @param line         physical line of this 明細 in its file
 */
public record ImportedLine(String lineId, String itemId, String itemNumber, String manageNumber, String name,
        String options, Long unitPrice, int quantity, Long lineTotal, Boolean taxIncluded, Integer taxRate,
        String deliveryInfo, long line) {
}
