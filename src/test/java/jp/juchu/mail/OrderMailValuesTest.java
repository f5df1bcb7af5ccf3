package jp.juchu.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.juchu.order.Contact;
import jp.juchu.order.Order;
import jp.juchu.order.OrderAmounts;
import jp.juchu.order.OrderLine;
import jp.juchu.order.Shipment;
import jp.juchu.shop.CarrierRef;
import jp.juchu.shop.DeliveryMethodRef;
import jp.juchu.shop.LabelSoftware;
import jp.juchu.shop.MailTemplateRenderer;
import jp.juchu.shop.PaymentCategory;
import jp.juchu.shop.PaymentMethodRef;
import jp.juchu.shop.ServiceType;
import jp.juchu.shop.StoreProfile;
import org.junit.jupiter.api.Test;

class OrderMailValuesTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final StoreProfile PROFILE = new StoreProfile("株式会社テスト商店", "100-0001", "東京都千代田区千代田1-1", "", "",
            "03-0000-0000", "", "info@example.jp", "", "", "");
    private static final Letterhead LETTERHEAD = new Letterhead("テスト茶舗 楽天市場店", "https://www.example.jp/tea/",
            "tea@example.jp", PROFILE);

    private static final List<CarrierRef> CARRIERS = List.of(
            new CarrierRef("YAMATO", "ヤマト運輸", "https://track.example.jp/yamato?n={trackingNumber}", LabelSoftware.B2CLOUD),
            new CarrierRef("SAGAWA", "佐川急便", "https://track.example.jp/sagawa/{trackingNumber}", LabelSoftware.EHIDEN));

    private final OrderMailValues values = new OrderMailValues(
            code -> "COD".equals(code) ? Optional.of(new PaymentMethodRef("COD", "代金引換", PaymentCategory.COD, true)) : Optional.empty(),
            code -> "YAMATO_TAKKYUBIN".equals(code)
                    ? Optional.of(new DeliveryMethodRef("YAMATO_TAKKYUBIN", "宅急便",
                            new CarrierRef("YAMATO", "ヤマト運輸", null, LabelSoftware.B2CLOUD), ServiceType.TAKKYUBIN, true))
                    : Optional.empty(),
            code -> CARRIERS.stream().filter(c -> c.code().equals(code)).findFirst(),
            TOKYO);

    private final MailTemplateRenderer renderer = new MailTemplateRenderer();

    @Test
    void rendersTheThanksMailOfAnOrderWithItsLinesAmountsAndSignature() {
        String template = """
                {{注文者名}} 様
                受注番号: {{受注番号}} ({{注文日}})
                {{#商品明細}}
                {{商品コード}} {{商品名}} {{項目選択肢}}
                  {{単価}}円 × {{数量}}個 = {{金額}}円
                {{/商品明細}}
                商品合計: {{商品合計}}円 / 送料: {{送料}}円 / 手数料: {{手数料}}円 / ポイント利用: -{{ポイント利用}}円
                合計金額: {{合計金額}}円
                お支払: {{支払方法}} / 配送: {{配送方法}} ({{配送業者}}) お届け希望日: {{お届け希望日}}
                ■お届け先
                {{送付先}}
                {{店舗署名}}
                """;

        String text = renderer.render(template, values.of(order(), LETTERHEAD));

        assertThat(text).isEqualTo("""
                山田 太郎 様
                受注番号: M-20260501-0001 (2026年5月1日 09:15)
                A-001 有機ほうじ茶 100g\s
                  1,080円 × 2個 = 2,160円
                B-002 抹茶ロールケーキ のし:なし
                  3,240円 × 1個 = 3,240円
                商品合計: 5,400円 / 送料: 600円 / 手数料: 330円 / ポイント利用: -100円
                合計金額: 6,230円
                お支払: 代金引換 / 配送: 宅急便 (ヤマト運輸) お届け希望日: 2026年5月5日 午前中
                ■お届け先
                山田 花子 様
                〒150-0002
                東京都渋谷区渋谷1-2-3渋谷ビル4F
                TEL 03-1111-2222
                ━━━━━━━━━━━━━━━━━━
                テスト茶舗 楽天市場店
                株式会社テスト商店
                〒100-0001 東京都千代田区千代田1-1
                TEL 03-0000-0000
                MAIL tea@example.jp
                https://www.example.jp/tea/
                ━━━━━━━━━━━━━━━━━━
                """);
    }

    @Test
    void unknownMethodsPrintTheMallsNamesAndNoRequestedDateIsShownAsNone() {
        Order order = order();
        when(order.getPaymentMethodCode()).thenReturn(null);
        when(order.getPaymentMethodRaw()).thenReturn("楽天バンク決済");
        Shipment shipment = order.getShipments().get(0);
        when(shipment.getDeliveryMethodCode()).thenReturn(null);
        when(shipment.getRequestedDate()).thenReturn(null);
        when(shipment.getRequestedTimeSlot()).thenReturn(null);

        Map<String, Object> result = values.of(order, LETTERHEAD);

        assertThat(result.get("支払方法")).isEqualTo("楽天バンク決済");
        assertThat(result.get("配送方法")).isEqualTo("宅配便");
        assertThat(result.get("配送業者")).isEqualTo("");
        assertThat(result.get("お届け希望日")).isEqualTo("指定なし");
        assertThat(result.get("店舗メールアドレス")).isEqualTo("tea@example.jp");
        assertThat(result.get("荷物番号")).isEqualTo("");
    }

    @Test
    void aShippedOrderShowsItsDatesCarrierNumbersAndTrackingUrls() {
        Order order = order();
        Shipment shipment = order.getShipments().get(0);
        when(shipment.getPlannedShipOn()).thenReturn(LocalDate.of(2026, 5, 2));
        when(shipment.getShippedOn()).thenReturn(LocalDate.of(2026, 5, 3));
        when(shipment.getCarrierCode()).thenReturn("SAGAWA");
        when(shipment.trackingNumbers()).thenReturn(List.of("4012-3450-1371", "401234501382"));
        String template = """
                出荷予定日: {{出荷予定日}} / 出荷日: {{出荷日}}
                配送業者: {{配送業者}}
                お問い合わせ番号: {{荷物番号}}
                {{追跡URL}}
                """;

        String text = renderer.render(template, values.of(order, LETTERHEAD));

        assertThat(text).isEqualTo("""
                出荷予定日: 2026年5月2日 / 出荷日: 2026年5月3日
                配送業者: 佐川急便
                お問い合わせ番号: 4012-3450-1371, 401234501382
                https://track.example.jp/sagawa/401234501371
                https://track.example.jp/sagawa/401234501382
                """);
    }

    @Test
    void severalShipmentsGetOneLinePerShipmentAndAnUntrackedParcelNoUrl() {
        Order order = order();
        Shipment first = order.getShipments().get(0);
        when(first.trackingNumbers()).thenReturn(List.of("401234501371"));
        when(first.getCarrierCode()).thenReturn("YAMATO");
        when(first.getShippedOn()).thenReturn(LocalDate.of(2026, 5, 3));
        Shipment second = mock(Shipment.class);
        when(second.getRecipient()).thenReturn(new Contact("山田 次郎", null, "150-0002", "東京都", "渋谷区渋谷2-2-2", null, null));
        when(second.getDeliveryMethodCode()).thenReturn("YAMATO_TAKKYUBIN");
        when(second.getCarrierCode()).thenReturn("YAMATO");
        when(second.getShippedOn()).thenReturn(LocalDate.of(2026, 5, 3));
        when(second.trackingNumbers()).thenReturn(List.of("401234501382", "401234501393"));
        Shipment mailBin = mock(Shipment.class);
        when(mailBin.getRecipient()).thenReturn(new Contact("山田 三郎", null, "150-0002", "東京都", "渋谷区渋谷3-3-3", null, null));
        when(mailBin.getCarrierCode()).thenReturn("YAMATO");
        when(mailBin.trackingNumbers()).thenReturn(List.of("メール便"));
        when(order.getShipments()).thenReturn(List.of(first, second, mailBin));

        Map<String, Object> result = values.of(order, LETTERHEAD);

        assertThat(result.get("荷物番号")).isEqualTo("401234501371\n401234501382, 401234501393\nメール便");
        assertThat(result.get("追跡URL")).isEqualTo("https://track.example.jp/yamato?n=401234501371\n"
                + "https://track.example.jp/yamato?n=401234501382\nhttps://track.example.jp/yamato?n=401234501393");
        assertThat(result.get("配送業者")).isEqualTo("ヤマト運輸");
        assertThat(result.get("出荷日")).isEqualTo("2026年5月3日");
        assertThat(result.get("出荷予定日")).isEqualTo("");
    }

    @Test
    void everyScalarPlaceholderGetsAValue() {
        assertThat(values.of(order(), LETTERHEAD)).containsKeys(jp.juchu.shop.MailPlaceholders.scalarNames().toArray(String[]::new));
    }

    static Order order() {
        Order order = mock(Order.class);
        when(order.getMallOrderNumber()).thenReturn("M-20260501-0001");
        when(order.getOrderedAt()).thenReturn(Instant.parse("2026-05-01T00:15:00Z"));
        when(order.getOrderer()).thenReturn(new Contact("山田 太郎", "ヤマダ タロウ", "150-0002", "東京都", "渋谷区渋谷1-2-3", null, "03-1234-5678"));
        when(order.getOrdererEmail()).thenReturn("taro@example.jp");
        when(order.getPaymentMethodCode()).thenReturn("COD");
        when(order.getPaymentMethodRaw()).thenReturn("代引き");
        when(order.getAmounts()).thenReturn(new OrderAmounts(5400, 400, 0, 600, 330, 0, 100, 0, 0, 6230));
        OrderLine tea = line("A-001", "有機ほうじ茶 100g", null, 1080, 2);
        OrderLine cake = line("B-002", "抹茶ロールケーキ", "のし:なし", 3240, 1);
        Shipment shipment = mock(Shipment.class);
        when(shipment.getRecipient()).thenReturn(new Contact("山田 花子", null, "150-0002", "東京都", "渋谷区渋谷1-2-3", "渋谷ビル4F", "03-1111-2222"));
        when(shipment.getDeliveryMethodCode()).thenReturn("YAMATO_TAKKYUBIN");
        when(shipment.getDeliveryMethodRaw()).thenReturn("宅配便");
        when(shipment.getRequestedDate()).thenReturn(LocalDate.of(2026, 5, 5));
        when(shipment.getRequestedTimeSlot()).thenReturn("午前中");
        when(shipment.getLines()).thenReturn(List.of(tea, cake));
        when(order.getShipments()).thenReturn(List.of(shipment));
        return order;
    }

    private static OrderLine line(String number, String name, String options, long price, int quantity) {
        OrderLine line = mock(OrderLine.class);
        when(line.getItemNumber()).thenReturn(number);
        when(line.getItemName()).thenReturn(name);
        when(line.getOptions()).thenReturn(options);
        when(line.getUnitPrice()).thenReturn(price);
        when(line.getQuantity()).thenReturn(quantity);
        when(line.getSubtotal()).thenReturn(price * quantity);
        return line;
    }
}
