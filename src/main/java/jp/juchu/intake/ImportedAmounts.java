package jp.juchu.intake;

/**
 * Order amounts in yen as the mall states them (never recomputed here).
 *
 * @param goods         商品合計金額 (楽天) / TotalPrice (Yahoo)
 * @param tax           消費税合計 (楽天: 外税 only, 0 for 税込 items)
 * @param shipping      送料合計 / ShipCharge
 * @param paymentFee    決済手数料 incl. 代引手数料 (楽天 shows a COD fee in 代引料合計 and 決済手数料; counted once)
 * @param wrapping      ラッピング料金 / GiftWrapCharge
 * @param points        ポイント利用額 / UsePoint
 * @param couponTotal   クーポン利用総額 / TotalCouponDiscount
 * @param couponShop    店舗発行クーポン (0 when the mall does not split coupons)
 * @param couponMall    モール発行クーポン (0 when the mall does not split coupons)
 * @param discount      other discounts (Yahoo Discount)
 * @param billed        請求金額 / SettleAmount / Amazon cod-collectible-amount: what the customer pays us
 * @param total         合計金額 (楽天: goods + shipping + wrapping), {@code null} where the mall has none
 * @param complete      {@code false} when the file carries no prices (Amazon 未出荷の注文レポート): every
 *                      amount except the COD ones is then 0 and must come from elsewhere
 */
public record ImportedAmounts(long goods, long tax, long shipping, long paymentFee, long wrapping, long points,
        long couponTotal, long couponShop, long couponMall, long discount, long billed, Long total,
        boolean complete) {
}
