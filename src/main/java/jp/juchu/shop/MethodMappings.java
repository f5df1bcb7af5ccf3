package jp.juchu.shop;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way other modules turn a mall's 支払方法名 / 配送方法名 into our method for a shop. Names are
 * compared after {@link MallNames#normalize} (NFKC, trimmed), otherwise exactly. A name nobody mapped
 * is answered with {@link Resolution.Unmapped} (支払方法変換エラー / 配送方法変換エラー), never an exception.
 */
@Service
@Transactional(readOnly = true)
public class MethodMappings {

    private final ShopDirectory shops;
    private final NameMappingStore store;
    private final PaymentMethodRepository paymentMethods;
    private final DeliveryMethodRepository deliveryMethods;
    private final PaymentSettings paymentSettings;

    MethodMappings(ShopDirectory shops, NameMappingStore store, PaymentMethodRepository paymentMethods,
                   DeliveryMethodRepository deliveryMethods, PaymentSettings paymentSettings) {
        this.shops = shops;
        this.store = store;
        this.paymentMethods = paymentMethods;
        this.deliveryMethods = deliveryMethods;
        this.paymentSettings = paymentSettings;
    }

    public Resolution<PaymentMethodRef> resolvePayment(String shopCode, String mallName) {
        return resolve(MappingKind.PAYMENT, shopCode, mallName,
                code -> paymentMethods.findByCode(code).map(PaymentMethod::toRef), m -> null);
    }

    /** A method that was mapped but is now 使用停止 is reported as unmapped, so the order stops for review. */
    public Resolution<DeliveryMethodRef> resolveDelivery(String shopCode, String mallName) {
        return resolve(MappingKind.DELIVERY, shopCode, mallName,
                code -> deliveryMethods.findByCode(code).map(DeliveryMethod::toRef),
                m -> m.active() ? null : "配送方法「" + m.name() + "」は使用停止中です。配送方法設定で有効にするか別の配送方法に対応付けてください");
    }

    public Optional<PaymentMethodRef> paymentMethod(String code) {
        return code == null ? Optional.empty() : paymentMethods.findByCode(code).map(PaymentMethod::toRef);
    }

    public Optional<DeliveryMethodRef> deliveryMethod(String code) {
        return code == null ? Optional.empty() : deliveryMethods.findByCode(code).map(DeliveryMethod::toRef);
    }

    public List<PaymentMethodRef> paymentMethods() {
        return paymentMethods.findAllByOrderBySortOrderAscIdAsc().stream().map(PaymentMethod::toRef).toList();
    }

    public List<DeliveryMethodRef> deliveryMethods() {
        return deliveryMethods.findAllByOrderBySortOrderAscIdAsc().stream().map(DeliveryMethod::toRef).toList();
    }

    /**
     * 楽天ペイ決済手段 the shop chose for its user-added payment methods; empty for shops not on 楽天市場
     * (and for unknown shops).
     */
    public Optional<RakutenPaySettlement> rakutenPaySettlement(String shopCode) {
        return shops.find(shopCode).map(paymentSettings::settlementOf);
    }

    private <T> Resolution<T> resolve(MappingKind kind, String shopCode, String mallName,
                                      Function<String, Optional<T>> byCode,
                                      Function<T, String> unusable) {
        String raw = mallName == null ? "" : mallName;
        Optional<ShopRef> shop = shopCode == null ? Optional.empty() : shops.find(shopCode);
        if (shop.isEmpty()) {
            return new Resolution.Unmapped<>(raw, "ショップ「" + shopCode + "」は登録されていません");
        }
        String key = MallNames.normalize(raw);
        if (key.isEmpty()) {
            return new Resolution.Unmapped<>(raw, kind.label() + "名が空です");
        }
        for (Map.Entry<String, List<String>> entry : store.load(shop.get().id(), kind).entrySet()) {
            if (entry.getValue().stream().map(MallNames::normalize).anyMatch(key::equals)) {
                Optional<T> method = byCode.apply(entry.getKey());
                if (method.isEmpty()) {
                    break;
                }
                String problem = unusable.apply(method.get());
                return problem == null ? new Resolution.Resolved<>(method.get()) : new Resolution.Unmapped<>(raw, problem);
            }
        }
        return new Resolution.Unmapped<>(raw, kind.label() + "「" + raw.strip() + "」はショップ「" + shop.get().shortName()
                + "」の" + kind.label() + "設定で対応付けられていません (" + kind.label() + "変換エラー)");
    }
}
