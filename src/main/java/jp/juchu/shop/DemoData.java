package jp.juchu.shop;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.juchu.audit.OperationLog;
import jp.juchu.core.Mall;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo content so a newcomer can try the flow at once: one shop per 楽天/Yahoo/Amazon with payment and
 * delivery mappings for every name in the sample order files. Idempotent: demo shops are found again by
 * name and only missing mall names are added (names the user mapped elsewhere are left alone).
 * One method per settings area, so further areas (店舗プロフィール, メールテンプレート) slot in.
 */
@Service
public class DemoData {

    static final String AREA = "デモデータ";

    private static final List<DemoShop> SHOPS = List.of(
            new DemoShop(Mall.RAKUTEN, "デモ楽天ショップ", "デモ楽天"),
            new DemoShop(Mall.YAHOO, "デモYahoo!ショップ", "デモYahoo"),
            new DemoShop(Mall.AMAZON, "デモAmazonショップ", "デモAmazon"));

    private final ShopDirectory directory;
    private final ShopManagement shopManagement;
    private final PaymentSettings paymentSettings;
    private final DeliverySettings deliverySettings;
    private final OperationLog operationLog;

    DemoData(ShopDirectory directory, ShopManagement shopManagement, PaymentSettings paymentSettings,
             DeliverySettings deliverySettings, OperationLog operationLog) {
        this.directory = directory;
        this.shopManagement = shopManagement;
        this.paymentSettings = paymentSettings;
        this.deliverySettings = deliverySettings;
        this.operationLog = operationLog;
    }

    @Transactional
    public DemoDataResult create() {
        List<String> created = new ArrayList<>();
        List<ShopRef> shops = shops(created);
        int payment = 0;
        int delivery = 0;
        for (ShopRef shop : shops) {
            payment += paymentMappings(shop);
            delivery += deliveryMappings(shop);
        }
        if (!created.isEmpty() || payment + delivery > 0) {
            operationLog.record(AREA, "作成", null, "ショップ新規 " + created.size() + "件, 支払方法名 " + payment
                    + "件, 配送方法名 " + delivery + "件を追加");
        }
        return new DemoDataResult(shops, created, payment, delivery);
    }

    /** The demo shops, registering those that do not exist yet. */
    List<ShopRef> shops(List<String> created) {
        List<ShopRef> result = new ArrayList<>();
        List<ShopRef> existing = directory.all();
        for (DemoShop demo : SHOPS) {
            ShopRef shop = existing.stream().filter(s -> s.mall() == demo.mall() && s.name().equals(demo.name())).findFirst()
                    .orElse(null);
            if (shop == null) {
                shop = shopManagement.register(demo.mall(), demo.name(), demo.shortName());
                created.add(shop.code());
            }
            result.add(shop);
        }
        return result;
    }

    /** @return how many mall names were added */
    int paymentMappings(ShopRef shop) {
        PaymentMappings current = paymentSettings.mappings(shop.code());
        Map<String, List<String>> column = withMissing(current.mappings(), DemoMappings.payment(shop.mall()));
        int added = count(column) - count(toMap(current.mappings()));
        if (added > 0) {
            paymentSettings.replaceMappings(shop.code(), new PaymentMappings(toRows(column), null));
        }
        return added;
    }

    /** @return how many mall names were added */
    int deliveryMappings(ShopRef shop) {
        List<NameMapping> current = deliverySettings.mappings(shop.code());
        Map<String, List<String>> column = withMissing(current, DemoMappings.delivery(shop.mall()));
        int added = count(column) - count(toMap(current));
        if (added > 0) {
            deliverySettings.replaceMappings(shop.code(), toRows(column));
        }
        return added;
    }

    private static Map<String, List<String>> withMissing(List<NameMapping> current, Map<String, String> demo) {
        Map<String, List<String>> column = toMap(current);
        List<String> known = column.values().stream().flatMap(List::stream).map(MallNames::normalize).toList();
        demo.forEach((name, code) -> {
            if (!known.contains(MallNames.normalize(name))) {
                column.computeIfAbsent(code, c -> new ArrayList<>()).add(name);
            }
        });
        return column;
    }

    private static Map<String, List<String>> toMap(List<NameMapping> rows) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        rows.forEach(r -> map.computeIfAbsent(r.methodCode(), c -> new ArrayList<>()).addAll(r.mallNames()));
        return map;
    }

    private static List<NameMapping> toRows(Map<String, List<String>> column) {
        return column.entrySet().stream().map(e -> new NameMapping(e.getKey(), e.getValue())).toList();
    }

    private static int count(Map<String, List<String>> column) {
        return column.values().stream().mapToInt(List::size).sum();
    }

    private record DemoShop(Mall mall, String name, String shortName) {
    }
}
