package jp.juchu.order;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The money of an order in yen, as the mall reported it. {@code tax8}/{@code tax10} are the
 * consumption-tax amounts per rate; {@code billedTotal} (請求金額) is what the customer pays after
 * points and coupons.
 */
@Embeddable
public record OrderAmounts(
        @Column(name = "goods_total", nullable = false) long goodsTotal,
        @Column(name = "tax_8", nullable = false) long tax8,
        @Column(name = "tax_10", nullable = false) long tax10,
        @Column(name = "shipping_fee", nullable = false) long shippingFee,
        @Column(name = "cod_fee", nullable = false) long codFee,
        @Column(name = "wrapping_fee", nullable = false) long wrappingFee,
        @Column(name = "points_used", nullable = false) long pointsUsed,
        @Column(name = "coupon_shop", nullable = false) long couponShop,
        @Column(name = "coupon_mall", nullable = false) long couponMall,
        @Column(name = "billed_total", nullable = false) long billedTotal) {

    /**
     * The amounts of two orders bundled into one parcel (同梱), as TEMPOSTAR does: every field is the sum.
     * <ul>
     *   <li>goods total and tax per rate: summed, not recomputed, so each order keeps the tax (and the
     *       rounding) its mall charged;</li>
     *   <li>shipping, COD and wrapping fees: summed. The customer paid (or owes) each order's fees, and a
     *       fee waived for the shared parcel is the shop's decision, made by correcting the parent;</li>
     *   <li>points and coupons (shop and mall): summed, each order's discount stays granted;</li>
     *   <li>billed total (請求金額): summed, so it is what the customer owes for all orders together
     *       (the amount a carrier collects for 代引), whatever each mall's own rounding was.</li>
     * </ul>
     */
    public OrderAmounts plus(OrderAmounts other) {
        return new OrderAmounts(goodsTotal + other.goodsTotal, tax8 + other.tax8, tax10 + other.tax10,
                shippingFee + other.shippingFee, codFee + other.codFee, wrappingFee + other.wrappingFee,
                pointsUsed + other.pointsUsed, couponShop + other.couponShop, couponMall + other.couponMall,
                billedTotal + other.billedTotal);
    }
}
