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
}
