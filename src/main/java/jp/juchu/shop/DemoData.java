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
    private final StoreProfiles storeProfiles;
    private final MailTemplates mailTemplates;
    private final OperationLog operationLog;

    DemoData(ShopDirectory directory, ShopManagement shopManagement, PaymentSettings paymentSettings,
             DeliverySettings deliverySettings, StoreProfiles storeProfiles, MailTemplates mailTemplates,
             OperationLog operationLog) {
        this.directory = directory;
        this.shopManagement = shopManagement;
        this.paymentSettings = paymentSettings;
        this.deliverySettings = deliverySettings;
        this.storeProfiles = storeProfiles;
        this.mailTemplates = mailTemplates;
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
        boolean profile = storeProfile();
        int templates = mailTemplates(shops.get(0));
        if (!created.isEmpty() || payment + delivery > 0 || profile || templates > 0) {
            operationLog.record(AREA, "作成", null, "ショップ新規 " + created.size() + "件, 支払方法名 " + payment
                    + "件, 配送方法名 " + delivery + "件, 店舗プロフィール " + (profile ? "設定" : "既存のまま")
                    + ", メールテンプレート " + templates + "件を追加");
        }
        return new DemoDataResult(shops, created, payment, delivery, profile, templates);
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

    /** Fills an unsaved 店舗プロフィール with a demo company; a saved one is never overwritten. */
    boolean storeProfile() {
        if (storeProfiles.current().isComplete()) {
            return false;
        }
        storeProfiles.update(new StoreProfile("株式会社ジュチュウ商店", "150-0002", "東京都渋谷区渋谷1-2-3", "渋谷ジュチュウビル4F", "",
                "03-1234-5678", "03-1234-5679", "shop@example.com", "Juchu Shoten Co., Ltd.", "Japan",
                "4F Shibuya Juchu Bldg., 1-2-3 Shibuya, Shibuya-ku, Tokyo 150-0002"));
        return true;
    }

    /**
     * The shared default templates exist from the start; the demo adds a 楽天-specific 注文サンクス so
     * the per-shop override can be seen.
     *
     * @return how many templates were added
     */
    int mailTemplates(ShopRef rakutenShop) {
        boolean exists = mailTemplates.list(rakutenShop.code(), MailPurpose.ORDER_THANKS.name()).stream()
                .anyMatch(t -> rakutenShop.code().equals(t.shopCode()));
        if (exists) {
            return 0;
        }
        mailTemplates.create(new MailTemplateInput(MailPurpose.ORDER_THANKS.name(), rakutenShop.code(), "楽天 注文サンクス (デモ)",
                "【{{店舗名}}】ご注文ありがとうございます (受注番号 {{受注番号}})",
                """
                {{注文者名}} 様

                {{店舗名}}をご利用いただき、誠にありがとうございます。
                以下の内容でご注文を承りました。

                受注番号: {{受注番号}}
                注文日: {{注文日}}
                {{#商品明細}}
                ・{{商品名}} {{数量}}個 {{単価}}円
                {{/商品明細}}
                合計金額: {{合計金額}}円
                お支払方法: {{支払方法}}

                {{店舗署名}}
                """));
        return 1;
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
