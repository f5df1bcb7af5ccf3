package jp.juchu.shop;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jp.juchu.audit.OperationLog;
import jp.juchu.core.ConflictException;
import jp.juchu.core.InvalidInputException;
import jp.juchu.core.Mall;
import jp.juchu.core.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 支払方法 catalogue, each shop's payment-name mapping and 楽天ペイ決済手段. Every change is written to the operation log. */
@Service
public class PaymentSettings {

    static final String AREA = "支払方法設定";
    /** 楽天ペイ is the norm on 楽天市場, so shops that never chose get 楽天共通の決済手段. */
    static final RakutenPaySettlement DEFAULT_RAKUTEN_PAY_SETTLEMENT = RakutenPaySettlement.COMMON;

    private final PaymentMethodRepository methods;
    private final NameMappingStore store;
    private final ShopPaymentSettingRepository settings;
    private final ShopDirectory shops;
    private final OperationLog operationLog;

    PaymentSettings(PaymentMethodRepository methods, NameMappingStore store, ShopPaymentSettingRepository settings,
                    ShopDirectory shops, OperationLog operationLog) {
        this.methods = methods;
        this.store = store;
        this.settings = settings;
        this.shops = shops;
        this.operationLog = operationLog;
    }

    @Transactional(readOnly = true)
    public List<PaymentMethodRef> methods() {
        return methods.findAllByOrderBySortOrderAscIdAsc().stream().map(PaymentMethod::toRef).toList();
    }

    @Transactional
    public PaymentMethodRef createMethod(PaymentMethodInput input) {
        PaymentCategory category = category(input.category());
        PaymentMethod method = new PaymentMethod(input.code(), input.name(), category, methods.maxSortOrder() + 1);
        if (methods.existsByCode(method.getCode())) {
            throw new ConflictException("code", "支払方法コード「" + method.getCode() + "」は既に使われています");
        }
        PaymentMethodRef created = methods.save(method).toRef();
        operationLog.record(AREA, "作成", created.code(), created.name() + " (" + created.category().label() + ")");
        return created;
    }

    @Transactional
    public PaymentMethodRef updateMethod(String code, PaymentMethodInput input) {
        PaymentMethod method = requireMethod(code);
        if (input.code() != null && !input.code().isBlank() && !input.code().strip().equals(code)) {
            throw new InvalidInputException("code", "支払方法コードは変更できません");
        }
        PaymentMethodRef before = method.toRef();
        method.change(input.name(), category(input.category()));
        PaymentMethodRef after = method.toRef();
        if (!after.equals(before)) {
            operationLog.record(AREA, "更新", code, after.name() + " (" + after.category().label() + ")");
        }
        return after;
    }

    /** Only user-added methods that no shop maps any more may be deleted. */
    @Transactional
    public void deleteMethod(String code) {
        PaymentMethod method = requireMethod(code);
        if (method.isBuiltIn()) {
            throw new ConflictException("built_in", "code", "組み込みの支払方法「" + method.getName() + "」は削除できません");
        }
        List<Long> users = store.shopsUsing(MappingKind.PAYMENT, code);
        if (!users.isEmpty()) {
            String names = users.stream().map(id -> shops.findById(id).map(ShopRef::shortName).orElse(String.valueOf(id)))
                    .collect(Collectors.joining("、"));
            throw new ConflictException("in_use", "code",
                    "支払方法「" + method.getName() + "」はショップ (" + names + ") の名称対応で使われているため削除できません");
        }
        methods.delete(method);
        operationLog.record(AREA, "削除", code, method.getName());
    }

    @Transactional(readOnly = true)
    public PaymentMappings mappings(String shopCode) {
        ShopRef shop = shops.require(shopCode);
        return new PaymentMappings(ordered(store.load(shop.id(), MappingKind.PAYMENT)), settlementOf(shop));
    }

    /**
     * Replaces the shop's whole column of the grid; rows not sent are removed. A null settlement keeps
     * the current one.
     */
    @Transactional
    public PaymentMappings replaceMappings(String shopCode, PaymentMappings request) {
        ShopRef shop = shops.require(shopCode);
        replaceColumn(shop, request.mappings(), request.rakutenPaySettlement(), methodNames());
        return mappings(shopCode);
    }

    /** Saves the grid screen (shop code → column, shop code → 楽天ペイ決済手段), all or nothing. */
    @Transactional
    public void replaceGrid(Map<String, List<NameMapping>> columns, Map<String, RakutenPaySettlement> settlements) {
        Map<String, String> names = methodNames();
        columns.forEach((shopCode, rows) -> replaceColumn(shops.require(shopCode), rows, settlements.get(shopCode), names));
    }

    /** Parses the API/screen value of {@code rakutenPaySettlement}; blank means "unchanged". */
    public static RakutenPaySettlement parseSettlement(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Texts.choice(RakutenPaySettlement.class, value, "rakutenPaySettlement",
                "楽天ペイ決済手段は COMMON (楽天共通の決済手段) か SELECTABLE (選択制決済手段) を選択してください");
    }

    RakutenPaySettlement settlementOf(ShopRef shop) {
        if (shop.mall() != Mall.RAKUTEN) {
            return null;
        }
        return settings.findByShopId(shop.id()).map(ShopPaymentSetting::getRakutenPaySettlement).orElse(DEFAULT_RAKUTEN_PAY_SETTLEMENT);
    }

    private void replaceColumn(ShopRef shop, List<NameMapping> rows, RakutenPaySettlement settlement, Map<String, String> names) {
        if (settlement != null && shop.mall() != Mall.RAKUTEN) {
            throw new MappingRejected("invalid", "rakutenPaySettlement",
                    "楽天ペイ決済手段は楽天市場のショップにだけ設定できます", shop.code(), null);
        }
        Map<String, List<String>> column = MappingColumn.validate(MappingKind.PAYMENT, shop.code(), rows, names);
        if (settlement != null && settlement != settlementOf(shop)) {
            settings.findByShopId(shop.id()).ifPresentOrElse(s -> s.changeRakutenPaySettlement(settlement),
                    () -> settings.save(new ShopPaymentSetting(shop.id(), settlement)));
            operationLog.record(AREA, "楽天ペイ決済手段変更", shop.code(), shop.shortName() + ": " + settlement.label());
        }
        if (store.replace(shop.id(), MappingKind.PAYMENT, column)) {
            operationLog.record(AREA, "名称対応更新", shop.code(), shop.shortName() + ": " + NameMappingStore.describe(column, names));
        }
    }

    private List<NameMapping> ordered(Map<String, List<String>> column) {
        return methods.findAllByOrderBySortOrderAscIdAsc().stream()
                .filter(m -> column.containsKey(m.getCode()))
                .map(m -> new NameMapping(m.getCode(), column.get(m.getCode())))
                .toList();
    }

    private Map<String, String> methodNames() {
        Map<String, String> names = new LinkedHashMap<>();
        methods.findAllByOrderBySortOrderAscIdAsc().forEach(m -> names.put(m.getCode(), m.getName()));
        return names;
    }

    private static PaymentCategory category(String value) {
        return Texts.choice(PaymentCategory.class, value, "category",
                "決済区分を選択してください (CARD, COD, PREPAID, DEFERRED, MALL_SETTLED, NONE)");
    }

    private PaymentMethod requireMethod(String code) {
        return methods.findByCode(code).orElseThrow(() -> new NotFoundException("支払方法「" + code + "」は登録されていません"));
    }
}
