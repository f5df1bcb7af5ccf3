package jp.juchu.shop;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.juchu.audit.OperationLog;
import jp.juchu.core.ConflictException;
import jp.juchu.core.InvalidInputException;
import jp.juchu.core.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 配送業者・配送方法 settings and each shop's delivery-name mapping. Every change is written to the operation log. */
@Service
public class DeliverySettings {

    static final String CARRIER_AREA = "配送業者設定";
    static final String METHOD_AREA = "配送方法設定";

    private final CarrierRepository carriers;
    private final DeliveryMethodRepository methods;
    private final NameMappingStore store;
    private final ShopDirectory shops;
    private final OperationLog operationLog;

    DeliverySettings(CarrierRepository carriers, DeliveryMethodRepository methods, NameMappingStore store,
                     ShopDirectory shops, OperationLog operationLog) {
        this.carriers = carriers;
        this.methods = methods;
        this.store = store;
        this.shops = shops;
        this.operationLog = operationLog;
    }

    @Transactional(readOnly = true)
    public List<CarrierRef> carriers() {
        return carriers.findAllByOrderBySortOrder().stream().map(Carrier::toRef).toList();
    }

    @Transactional
    public CarrierRef updateCarrier(String code, CarrierInput input) {
        Carrier carrier = requireCarrier(code);
        CarrierRef before = carrier.toRef();
        LabelSoftware software = Texts.choice(LabelSoftware.class, input.labelSoftware(), "labelSoftware", "送り状ソフトを選択してください");
        carrier.change(input.name(), input.trackingUrlTemplate(), software);
        CarrierRef after = carrier.toRef();
        if (!after.equals(before)) {
            operationLog.record(CARRIER_AREA, "更新", code, after.name() + " 追跡URL=" + nullToEmpty(after.trackingUrlTemplate())
                    + " 送り状ソフト=" + after.labelSoftware().label());
        }
        return after;
    }

    @Transactional(readOnly = true)
    public List<DeliveryMethodRef> methods() {
        return methods.findAllByOrderBySortOrderAscIdAsc().stream().map(DeliveryMethod::toRef).toList();
    }

    @Transactional(readOnly = true)
    public DeliveryMethodRef method(String code) {
        return requireMethod(code).toRef();
    }

    @Transactional
    public DeliveryMethodRef createMethod(DeliveryMethodInput input) {
        DeliveryMethod method = new DeliveryMethod(input.code(), methods.maxSortOrder() + 1);
        apply(method, input);
        if (methods.existsByCode(method.getCode())) {
            throw new ConflictException("code", "配送方法コード「" + method.getCode() + "」は既に使われています");
        }
        DeliveryMethodRef created = methods.save(method).toRef();
        operationLog.record(METHOD_AREA, "作成", created.code(), describe(created));
        return created;
    }

    @Transactional
    public DeliveryMethodRef updateMethod(String code, DeliveryMethodInput input) {
        DeliveryMethod method = requireMethod(code);
        if (input.code() != null && !input.code().isBlank() && !input.code().strip().equals(code)) {
            throw new InvalidInputException("code", "配送方法コードは変更できません");
        }
        DeliveryMethodRef before = method.toRef();
        apply(method, input);
        DeliveryMethodRef after = method.toRef();
        if (!after.equals(before)) {
            operationLog.record(METHOD_AREA, "更新", code, describe(after));
        }
        return after;
    }

    @Transactional(readOnly = true)
    public List<NameMapping> mappings(String shopCode) {
        ShopRef shop = shops.require(shopCode);
        return ordered(store.load(shop.id(), MappingKind.DELIVERY));
    }

    /** Replaces the shop's whole column of the grid; rows not sent are removed. */
    @Transactional
    public List<NameMapping> replaceMappings(String shopCode, List<NameMapping> rows) {
        ShopRef shop = shops.require(shopCode);
        replaceColumn(shop, rows, methodNames());
        return ordered(store.load(shop.id(), MappingKind.DELIVERY));
    }

    /** Saves the grid screen: shop code → that shop's column, all or nothing. */
    @Transactional
    public void replaceGrid(Map<String, List<NameMapping>> columns) {
        Map<String, String> names = methodNames();
        columns.forEach((shopCode, rows) -> replaceColumn(shops.require(shopCode), rows, names));
    }

    private void replaceColumn(ShopRef shop, List<NameMapping> rows, Map<String, String> names) {
        Map<String, List<String>> column = MappingColumn.validate(MappingKind.DELIVERY, shop.code(), rows, names);
        if (store.replace(shop.id(), MappingKind.DELIVERY, column)) {
            operationLog.record(METHOD_AREA, "名称対応更新", shop.code(), shop.shortName() + ": " + NameMappingStore.describe(column, names));
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

    private void apply(DeliveryMethod method, DeliveryMethodInput input) {
        String carrierCode = input.carrier() == null ? "" : input.carrier().strip();
        if (carrierCode.isEmpty()) {
            throw new InvalidInputException("carrier", "配送業者を選択してください");
        }
        Carrier carrier = carriers.findByCode(carrierCode)
                .orElseThrow(() -> new InvalidInputException("carrier", "配送業者「" + carrierCode + "」は登録されていません"));
        ServiceType type = Texts.choice(ServiceType.class, input.serviceType(), "serviceType", "サービス種別を選択してください");
        method.change(input.name(), carrier, type, input.active() == null || input.active());
    }

    private Carrier requireCarrier(String code) {
        return carriers.findByCode(code).orElseThrow(() -> new NotFoundException("配送業者「" + code + "」は登録されていません"));
    }

    private DeliveryMethod requireMethod(String code) {
        return methods.findByCode(code).orElseThrow(() -> new NotFoundException("配送方法「" + code + "」は登録されていません"));
    }

    private static String describe(DeliveryMethodRef method) {
        return method.name() + " (" + method.carrier().name() + " / " + method.serviceType().label() + ")" + (method.active() ? "" : " 使用停止");
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
