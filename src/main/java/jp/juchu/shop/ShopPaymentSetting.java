package jp.juchu.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Per-shop payment options; today the 楽天ペイ決済手段 of a 楽天市場 shop's user-added methods. */
@Entity
@Table(name = "shop_payment_setting")
class ShopPaymentSetting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "shop_id", nullable = false, unique = true, updatable = false)
    private long shopId;

    @Enumerated(EnumType.STRING)
    @Column(name = "rakuten_pay_settlement", nullable = false, length = 20)
    private RakutenPaySettlement rakutenPaySettlement;

    protected ShopPaymentSetting() {
    }

    ShopPaymentSetting(long shopId, RakutenPaySettlement rakutenPaySettlement) {
        this.shopId = shopId;
        this.rakutenPaySettlement = rakutenPaySettlement;
    }

    RakutenPaySettlement getRakutenPaySettlement() {
        return rakutenPaySettlement;
    }

    void changeRakutenPaySettlement(RakutenPaySettlement settlement) {
        this.rakutenPaySettlement = settlement;
    }
}
