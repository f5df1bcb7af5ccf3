package jp.juchu.shop;

import java.util.List;

/**
 * A shop's payment-name column plus its 楽天ペイ決済手段 for user-added methods
 * ({@code rakutenPaySettlement} is null for shops that are not on 楽天市場).
 */
public record PaymentMappings(List<NameMapping> mappings, RakutenPaySettlement rakutenPaySettlement) {
}
