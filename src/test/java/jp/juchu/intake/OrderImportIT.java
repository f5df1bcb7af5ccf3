package jp.juchu.intake;

import static jp.juchu.intake.ImportTestSupport.Part;
import static jp.juchu.intake.ImportTestSupport.fixture;
import static jp.juchu.intake.ImportTestSupport.importAndWait;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import jp.juchu.core.Mall;
import jp.juchu.intake.csv.AmazonUnshippedOrderReader;
import jp.juchu.intake.csv.RakutenOrderCsvReader;
import jp.juchu.intake.csv.YahooOrderCsvReader;
import jp.juchu.order.CheckFlag;
import jp.juchu.order.Order;
import jp.juchu.order.OrderBook;
import jp.juchu.order.OrderStatus;
import jp.juchu.order.RaisedFlag;
import jp.juchu.order.Shipment;
import jp.juchu.shop.CancelledOrderHandling;
import jp.juchu.shop.DeliverySettings;
import jp.juchu.shop.DemoData;
import jp.juchu.shop.PaymentSettings;
import jp.juchu.shop.ShopInput;
import jp.juchu.shop.ShopManagement;
import jp.juchu.shop.ShopRef;
import jp.juchu.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class OrderImportIT {

    static final Charset WINDOWS_31J = Charset.forName("Windows-31J");
    static final String R = "399999-";

    @LocalServerPort
    int port;

    @Autowired
    ShopManagement shopManagement;

    @Autowired
    DemoData demoData;

    @Autowired
    PaymentSettings paymentSettings;

    @Autowired
    DeliverySettings deliverySettings;

    @Autowired
    OrderBook orders;

    ShopRef shop(Mall mall) {
        return ImportTestSupport.shopWithDemoMappings(mall, shopManagement, demoData, paymentSettings, deliverySettings);
    }

    Order order(ShopRef shop, String number) {
        return orders.findByMallOrderNumber(shop.id(), number).orElseThrow(() -> new AssertionError("missing " + number));
    }

    static String reason(Order order, CheckFlag flag) {
        return order.getFlags().stream().filter(f -> f.flag() == flag).map(RaisedFlag::reason).findFirst().orElse(null);
    }

    @Test
    void rakutenFixtureImportsEveryOrderOnceWithTheFilesAmountsAndFlagsTheProblemOrders() {
        ShopRef shop = shop(Mall.RAKUTEN);
        JsonNode job = importAndWait(port, shop, Part.file("file", "rakuten_orders.csv", fixture("rakuten_orders.csv")));

        assertThat(job.path("state").asText()).as(job.toString()).isEqualTo("SUCCEEDED");
        assertThat(job.path("imported").asInt()).isEqualTo(30);
        assertThat(job.path("rejected").asInt()).isZero();
        assertThat(job.path("total").asInt()).isEqualTo(43);
        assertThat(job.path("processed").asInt()).isEqualTo(43);
        assertThat(job.path("files").findValuesAsText("name")).contains("rakuten_orders.csv");

        ImportBatch file = new RakutenOrderCsvReader().readAll("rakuten_orders.csv", new ByteArrayInputStream(fixture("rakuten_orders.csv")));
        assertThat(file.orders()).hasSize(30);
        for (ImportedOrder expected : file.orders()) {
            Order actual = order(shop, expected.orderNumber());
            assertThat(actual.getAmounts().billedTotal()).as(expected.orderNumber()).isEqualTo(expected.amounts().billed());
            assertThat(actual.getAmounts().goodsTotal()).as(expected.orderNumber()).isEqualTo(expected.amounts().goods());
            assertThat(actual.getAmounts().shippingFee()).as(expected.orderNumber()).isEqualTo(expected.amounts().shipping());
            assertThat(actual.getAmounts().pointsUsed()).as(expected.orderNumber()).isEqualTo(expected.amounts().points());
            assertThat(actual.getShipments().stream().mapToInt(s -> s.getLines().size()).sum()).as(expected.orderNumber())
                    .isEqualTo(expected.lines().size());
            assertThat(actual.getPaymentMethodCode()).as(expected.orderNumber()).isNotNull();
        }

        Order mismatch = order(shop, R + "20250502-1000079190");
        assertThat(reason(mismatch, CheckFlag.ADDRESS_ERROR)).contains("100-0005", "大阪府", "東京都");
        assertThat(mismatch.needsReview()).isTrue();

        Order sixDigits = order(shop, R + "20250502-1000087109");
        assertThat(sixDigits.getOrderer().postalCode()).isEqualTo("153-001");
        assertThat(reason(sixDigits, CheckFlag.ADDRESS_ERROR)).contains("注文者の郵便番号「153-001」", "送付先の郵便番号「153-001」");
        assertThat(orders.history(sixDigits.getId())).anySatisfy(entry -> assertThat(entry.getText()).contains("153-001"));

        assertThat(order(shop, R + "20250502-1000095028").getShipments().get(0).getRecipient().name()).startsWith("髙橋\u3000");
        assertThat(order(shop, R + "20250502-1000102947").getShipments().get(0).getRecipient().name()).startsWith("山﨑\u3000");

        Order gift = order(shop, R + "20250502-1000063352");
        assertThat(gift.getComments()).isEqualTo("[配送日時指定:]\n2025-05-10(土)\n18:00～20:00\nのし:御祝(名入れ:中村)");
        assertThat(gift.isGiftRequested()).isTrue();
        assertThat(gift.getWrapping()).contains("包装紙(有料)", "220円");
        assertThat(gift.getShipments().get(0).getNoshi()).isEqualTo("御祝");
        assertThat(reason(gift, CheckFlag.DELIVERY_DATE_ERROR)).contains("2025-05-10", "過去");

        Order twoDestinations = order(shop, R + "20250502-1000071271");
        assertThat(twoDestinations.getShipments()).extracting(Shipment::getMallShipmentId).containsExactly("300000009", "300000010");
        assertThat(twoDestinations.getShipments().get(1).getRecipient().prefecture()).isEqualTo("沖縄県");
        assertThat(twoDestinations.getShipments().get(0).getShippingFee()).isEqualTo(660);
        assertThat(twoDestinations.getShipments().get(1).getShippingFee()).isEqualTo(1320);

        Order island = order(shop, R + "20250502-1000110866");
        assertThat(island.getFlagKinds()).contains(CheckFlag.REMOTE_ISLAND);

        Order warning = order(shop, R + "20250505-1000197975");
        assertThat(reason(warning, CheckFlag.MALL_WARNING)).contains("警告表示タイプ: 1");

        Order cancelled = order(shop, R + "20250503-1000150461");
        assertThat(cancelled.getStatus()).isEqualTo(OrderStatus.CANCELLED);

        Order plain = order(shop, R + "20250501-1000007919");
        assertThat(plain.getStatus().isClosed()).as("an active order, moved on by its process").isFalse();
        assertThat(plain.getFlags()).isEmpty();
        assertThat(plain.getOrderer().name()).isEqualTo("佐藤\u3000一郎");
        assertThat(plain.getOrderer().kana()).isEqualTo("サトウ\u3000イチロウ");
        assertThat(plain.getOrderer().postalCode()).isEqualTo("150-0002");
        assertThat(plain.getOrderer().address1()).isEqualTo("渋谷区");
        assertThat(plain.getOrderer().address2()).isEqualTo("渋谷9-98-1 グリーンコート305");
        assertThat(plain.getOrderer().phone()).isEqualTo("090-0000-1101");
        assertThat(plain.getPaymentMethodCode()).isEqualTo("CREDIT_CARD");
        assertThat(plain.getShipments().get(0).getDeliveryMethodCode()).isEqualTo("YAMATO_TAKKYUBIN");

        JsonNode again = importAndWait(port, shop, Part.file("file", "rakuten_orders.csv", fixture("rakuten_orders.csv")));
        assertThat(again.path("state").asText()).isEqualTo("SUCCEEDED");
        assertThat(again.path("imported").asInt()).isZero();
        assertThat(again.path("updated").asInt()).isZero();
        assertThat(again.path("duplicates").asInt()).isEqualTo(30);
    }

    @Test
    void yahooFilesImportTogetherAndCancelledOrdersAreSkippedWhenTheShopSaysSo() {
        ShopRef shop = shop(Mall.YAHOO);
        shopManagement.update(shop.code(), new ShopInput(null, null, null, null, null, null, null, null, null,
                CancelledOrderHandling.SKIP, null, null, false));
        JsonNode job = importAndWait(port, shop,
                Part.file("items", "yahoo_order_items.csv", fixture("yahoo_order_items.csv")),
                Part.file("file", "yahoo_orders.csv", fixture("yahoo_orders.csv")));

        assertThat(job.path("state").asText()).as(job.toString()).isEqualTo("SUCCEEDED");
        assertThat(job.path("imported").asInt()).isEqualTo(19);
        assertThat(job.path("message").asText()).contains("キャンセル済みのため取り込まず 1件");
        assertThat(orders.findByMallOrderNumber(shop.id(), "samplezakka-10000109")).isEmpty();

        ImportBatch file = new YahooOrderCsvReader().readAll("yahoo_orders.csv", new ByteArrayInputStream(fixture("yahoo_orders.csv")),
                "yahoo_order_items.csv", new ByteArrayInputStream(fixture("yahoo_order_items.csv")));
        for (ImportedOrder expected : file.orders()) {
            if (expected.cancelled()) {
                continue;
            }
            Order actual = order(shop, expected.orderNumber());
            assertThat(actual.getAmounts().billedTotal()).as(expected.orderNumber()).isEqualTo(expected.amounts().billed());
            assertThat(actual.getAmounts().couponShop()).as(expected.orderNumber()).isEqualTo(expected.amounts().couponTotal());
            assertThat(actual.getShipments().get(0).getLines()).hasSize(expected.lines().size());
        }
        Order mixedRates = order(shop, "samplezakka-10000117");
        assertThat(mixedRates.getShipments().get(0).getLines()).extracting(l -> l.getTaxRate()).containsExactly(10, 8);
        assertThat(reason(order(shop, "samplezakka-10000107"), CheckFlag.ADDRESS_ERROR)).contains("100-0005", "大阪府");
        assertThat(order(shop, "samplezakka-10000113").getOrderer().name()).isEqualTo("髙橋\u3000葵");
        assertThat(reason(order(shop, "samplezakka-10000102"), CheckFlag.DELIVERY_DATE_ERROR)).contains("2025-05-06");

        JsonNode again = importAndWait(port, shop,
                Part.file("file", "yahoo_orders.csv", fixture("yahoo_orders.csv")),
                Part.file("items", "yahoo_order_items.csv", fixture("yahoo_order_items.csv")),
                Part.field("format", "YAHOO_CSV"));
        assertThat(again.path("imported").asInt()).isZero();
        assertThat(again.path("duplicates").asInt()).isEqualTo(19);
    }

    @Test
    void amazonReportImportsWithTheBuyerAtTheRecipientsAddress() {
        ShopRef shop = shop(Mall.AMAZON);
        JsonNode job = importAndWait(port, shop, Part.file("file", "amazon_orders.txt", fixture("amazon_orders.txt")),
                Part.field("format", "AMAZON_REPORT"));

        assertThat(job.path("state").asText()).as(job.toString()).isEqualTo("SUCCEEDED");
        assertThat(job.path("imported").asInt()).isEqualTo(20);
        ImportBatch file = new AmazonUnshippedOrderReader().readAll("amazon_orders.txt", new ByteArrayInputStream(fixture("amazon_orders.txt")));
        for (ImportedOrder expected : file.orders()) {
            Order actual = order(shop, expected.orderNumber());
            assertThat(actual.getAmounts().billedTotal()).as(expected.orderNumber()).isEqualTo(expected.amounts().billed());
            assertThat(actual.getAmounts().codFee()).as(expected.orderNumber()).isEqualTo(expected.amounts().paymentFee());
        }
        Order cod = order(shop, "249-9411384-6670874");
        assertThat(cod.getPaymentMethodCode()).isEqualTo("COD");
        assertThat(cod.getAmounts().billedTotal()).isEqualTo(4310);
        assertThat(cod.getOrderer().prefecture()).isEqualTo("埼玉県");
        assertThat(cod.getFlags()).isEmpty();
        assertThat(reason(order(shop, "249-1757081-7790998"), CheckFlag.ADDRESS_ERROR)).contains("153-001");
        assertThat(order(shop, "249-7610487-9295139").getOrderer().name()).isEqualTo("山﨑 蓮");
    }

    @Test
    void aBrokenOrderIsRejectedWithLineAndColumnWhileTheOthersImport() {
        ShopRef shop = shop(Mall.RAKUTEN);
        String text = new String(fixture("rakuten_orders.csv"), WINDOWS_31J);
        String brokenRow = text.lines().filter(l -> l.startsWith("\"" + R + "20250501-1000023757\"")).findFirst().orElseThrow();
        String broken = text.replace(brokenRow, brokenRow.replace("\"3300\",\"1\",\"0\",\"1\"", "\"33OO\",\"1\",\"0\",\"1\""));
        assertThat(broken).isNotEqualTo(text);

        JsonNode job = importAndWait(port, shop, Part.file("file", "broken.csv", broken.getBytes(WINDOWS_31J)));

        assertThat(job.path("state").asText()).isEqualTo("PARTIAL");
        assertThat(job.path("imported").asInt()).isEqualTo(29);
        assertThat(job.path("rejected").asInt()).isEqualTo(1);
        JsonNode error = job.path("errors").get(0);
        assertThat(error.path("orderNumber").asText()).isEqualTo(R + "20250501-1000023757");
        assertThat(error.path("line").asInt()).isEqualTo(5);
        assertThat(error.path("column").asText()).isEqualTo("単価");
        assertThat(error.path("message").asText()).contains("33OO");
        assertThat(orders.findByMallOrderNumber(shop.id(), R + "20250501-1000023757")).isEmpty();
        assertThat(job.path("files").findValuesAsText("name")).contains("broken.csv", "errors.csv");
    }

    /**
     * An order the readers accept but the order model refuses (a 注文番号 over 64 characters) rolls back the chunk it
     * is registered in; the chunk's other orders are then registered one by one and import.
     */
    @Test
    void anOrderRefusedAtRegistrationRejectsOnlyItselfNotItsChunk() {
        ShopRef shop = shop(Mall.RAKUTEN);
        String text = new String(fixture("rakuten_orders.csv"), WINDOWS_31J);
        String tooLong = R + "20250501-" + "9".repeat(60);
        String broken = text.replace(R + "20250501-1000023757", tooLong);
        assertThat(broken).isNotEqualTo(text);

        JsonNode job = importAndWait(port, shop, Part.file("file", "long-number.csv", broken.getBytes(WINDOWS_31J)));

        assertThat(job.path("state").asText()).isEqualTo("PARTIAL");
        assertThat(job.path("imported").asInt()).isEqualTo(29);
        assertThat(job.path("rejected").asInt()).isEqualTo(1);
        JsonNode error = job.path("errors").get(0);
        assertThat(error.path("orderNumber").asText()).isEqualTo(tooLong);
        assertThat(error.path("line").asInt()).isEqualTo(5);
        assertThat(error.path("message").asText()).contains("64文字");
        assertThat(orders.findByMallOrderNumber(shop.id(), tooLong)).isEmpty();
        assertThat(orders.findByMallOrderNumber(shop.id(), R + "20250501-1000015838")).isPresent();
        assertThat(orders.findByMallOrderNumber(shop.id(), R + "20250501-1000031676")).isPresent();
    }

    @Test
    void cancelledOrdersAreRegisteredAsCancelledByDefaultAndAMallCancellationClosesAnActiveOrder() {
        ShopRef shop = shop(Mall.YAHOO);
        String orders = new String(fixture("yahoo_orders.csv"), WINDOWS_31J);
        String activeFirst = orders.replace("\"samplezakka-10000109\",\"2025-05-03 09:09:09\",\"4\"",
                "\"samplezakka-10000109\",\"2025-05-03 09:09:09\",\"2\"");
        JsonNode first = importAndWait(port, shop, Part.file("file", "orders.csv", activeFirst.getBytes(WINDOWS_31J)),
                Part.file("items", "items.csv", fixture("yahoo_order_items.csv")));
        assertThat(first.path("imported").asInt()).isEqualTo(20);
        assertThat(order(shop, "samplezakka-10000109").getStatus().isClosed()).isFalse();

        JsonNode second = importAndWait(port, shop, Part.file("file", "orders.csv", fixture("yahoo_orders.csv")),
                Part.file("items", "items.csv", fixture("yahoo_order_items.csv")));
        assertThat(second.path("updated").asInt()).isEqualTo(1);
        assertThat(second.path("duplicates").asInt()).isEqualTo(19);
        assertThat(order(shop, "samplezakka-10000109").getStatus()).isEqualTo(OrderStatus.CANCELLED);

        ShopRef other = shop(Mall.YAHOO);
        importAndWait(port, other, Part.file("file", "orders.csv", fixture("yahoo_orders.csv")),
                Part.file("items", "items.csv", fixture("yahoo_order_items.csv")));
        assertThat(order(other, "samplezakka-10000109").getStatus()).isEqualTo(OrderStatus.CANCELLED);
    }

    @Test
    void aFileThatCannotBeReadFailsTheJobWithTheReason() {
        ShopRef shop = shop(Mall.RAKUTEN);
        String text = new String(fixture("rakuten_orders.csv"), WINDOWS_31J).replaceFirst("\"注文番号\"", "\"受付番号\"");
        JsonNode job = importAndWait(port, shop, Part.file("file", "no-number.csv", text.getBytes(WINDOWS_31J)));
        assertThat(job.path("state").asText()).isEqualTo("FAILED");
        assertThat(job.path("message").asText()).contains("注文番号");
        assertThat(job.path("imported").asInt()).isZero();
    }

    @Test
    void anUnmappedPaymentNameKeepsTheRawNameFlagsTheOrderAndSwitchesItToManual() {
        ShopRef shop = shopManagement.register(Mall.RAKUTEN, "未設定ショップ" + System.nanoTime(), "未設定" + System.nanoTime() % 100000);
        JsonNode job = importAndWait(port, shop, Part.file("file", "rakuten_orders.csv", fixture("rakuten_orders.csv")));
        assertThat(job.path("imported").asInt()).isEqualTo(30);
        Order order = order(shop, R + "20250501-1000007919");
        assertThat(order.getPaymentMethodCode()).isNull();
        assertThat(order.getPaymentMethodRaw()).isEqualTo("クレジットカード");
        assertThat(order.isManualProgress()).isTrue();
        assertThat(reason(order, CheckFlag.PAYMENT_MAPPING_ERROR)).contains("クレジットカード");
        assertThat(reason(order, CheckFlag.DELIVERY_MAPPING_ERROR)).contains("宅配便");
    }

    @Test
    void theApiAnswersPreciseErrorsAndStartsNothing() {
        ShopRef shop = shop(Mall.RAKUTEN);
        byte[] csv = fixture("rakuten_orders.csv");
        String path = "/api/shops/" + shop.code() + "/order-imports";

        var unknown = ImportTestSupport.upload(port, "/api/shops/NO-SUCH-SHOP/order-imports", Part.file("file", "a.csv", csv));
        assertThat(unknown.status()).isEqualTo(404);

        var missingFile = ImportTestSupport.upload(port, path, Part.field("format", "RAKUTEN_CSV"));
        assertThat(missingFile.status()).isEqualTo(400);
        assertThat(missingFile.json().path("field").asText()).isEqualTo("file");
        assertThat(missingFile.json().path("message").asText()).isEqualTo("取り込むファイルを選択してください");

        var badFormat = ImportTestSupport.upload(port, path, Part.file("file", "a.csv", csv), Part.field("format", "EXCEL"));
        assertThat(badFormat.status()).isEqualTo(400);
        assertThat(badFormat.json().path("field").asText()).isEqualTo("format");
        assertThat(badFormat.json().path("message").asText()).contains("EXCEL");

        var otherMall = ImportTestSupport.upload(port, path, Part.file("file", "a.csv", csv), Part.field("format", "AMAZON_REPORT"));
        assertThat(otherMall.status()).isEqualTo(400);
        assertThat(otherMall.json().path("field").asText()).isEqualTo("format");

        ShopRef yahoo = shop(Mall.YAHOO);
        var noItems = ImportTestSupport.upload(port, "/api/shops/" + yahoo.code() + "/order-imports",
                Part.file("file", "yahoo_orders.csv", fixture("yahoo_orders.csv")));
        assertThat(noItems.status()).isEqualTo(400);
        assertThat(noItems.json().path("field").asText()).isEqualTo("items");

        shopManagement.update(shop.code(), new ShopInput(null, null, null, null, null, null, null, null, false,
                null, null, null, false));
        var disabled = ImportTestSupport.upload(port, path, Part.file("file", "a.csv", csv));
        assertThat(disabled.status()).isEqualTo(409);
        assertThat(disabled.json().path("message").asText()).contains("使用しない");

        assertThat(orders.findByMallOrderNumber(shop.id(), R + "20250501-1000007919")).isEmpty();
        assertThat(orders.findByMallOrderNumber(yahoo.id(), "samplezakka-10000101")).isEmpty();
    }
}
