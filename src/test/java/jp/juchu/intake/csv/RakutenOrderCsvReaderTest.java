package jp.juchu.intake.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.juchu.core.Mall;
import jp.juchu.core.Prefecture;
import jp.juchu.intake.ImportBatch;
import jp.juchu.intake.ImportedLine;
import jp.juchu.intake.ImportedOrder;
import jp.juchu.intake.ImportedShipment;
import jp.juchu.intake.MallFlag;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RakutenOrderCsvReaderTest {

    private static final String PREFIX = "399999-";
    private static ImportBatch batch;
    private static Map<String, ImportedOrder> orders;

    @BeforeAll
    static void readFixture() {
        batch = new RakutenOrderCsvReader().readAll("rakuten_orders.csv", Fixtures.mall("rakuten_orders.csv"));
        orders = batch.orders().stream().collect(Collectors.toMap(ImportedOrder::orderNumber, Function.identity()));
    }

    private static ImportedOrder order(String number) {
        return orders.get(PREFIX + number);
    }

    @Test
    void readsEveryOrderOfTheFixtureOnce() {
        assertThat(batch.summary().failed()).isFalse();
        assertThat(batch.summary().charset()).isEqualTo("windows-31j");
        assertThat(batch.summary().rows()).isEqualTo(43);
        assertThat(batch.rejected()).isEmpty();
        assertThat(batch.orders()).hasSize(30);
        assertThat(orders).hasSize(30);
        assertThat(batch.orders().stream().mapToInt(order -> order.lines().size()).sum()).isEqualTo(43);
        assertThat(batch.orders()).allSatisfy(order -> {
            assertThat(order.mall()).isEqualTo(Mall.RAKUTEN);
            assertThat(order.file()).isEqualTo("rakuten_orders.csv");
            assertThat(order.orderedAt()).isNotNull();
            assertThat(order.shipments()).isNotEmpty();
        });
    }

    @Test
    void everyOrdersBilledAmountAndLineCountAsInTheFile() {
        Map<String, long[]> expected = Map.ofEntries(
                Map.entry("20250501-1000007919", new long[] {4580, 2}), Map.entry("20250501-1000015838", new long[] {2640, 1}),
                Map.entry("20250501-1000023757", new long[] {3960, 1}), Map.entry("20250501-1000031676", new long[] {6902, 2}),
                Map.entry("20250501-1000039595", new long[] {3300, 1}), Map.entry("20250501-1000047514", new long[] {4650, 1}),
                Map.entry("20250501-1000055433", new long[] {2310, 1}), Map.entry("20250502-1000063352", new long[] {5720, 1}),
                Map.entry("20250502-1000071271", new long[] {6560, 3}), Map.entry("20250502-1000079190", new long[] {4840, 1}),
                Map.entry("20250502-1000087109", new long[] {4620, 2}), Map.entry("20250502-1000095028", new long[] {4620, 1}),
                Map.entry("20250502-1000102947", new long[] {1524, 1}), Map.entry("20250502-1000110866", new long[] {8620, 1}),
                Map.entry("20250502-1000118785", new long[] {6910, 2}), Map.entry("20250503-1000126704", new long[] {6930, 3}),
                Map.entry("20250503-1000134623", new long[] {5200, 1}), Map.entry("20250503-1000142542", new long[] {4400, 1}),
                Map.entry("20250503-1000150461", new long[] {1980, 1}), Map.entry("20250503-1000158380", new long[] {7700, 1}),
                Map.entry("20250504-1000166299", new long[] {4038, 2}), Map.entry("20250504-1000174218", new long[] {4400, 2}),
                Map.entry("20250504-1000182137", new long[] {3980, 1}), Map.entry("20250504-1000190056", new long[] {3150, 1}),
                Map.entry("20250505-1000197975", new long[] {6600, 1}), Map.entry("20250505-1000205894", new long[] {1740, 1}),
                Map.entry("20250505-1000213813", new long[] {11000, 1}), Map.entry("20250506-1000221732", new long[] {4950, 1}),
                Map.entry("20250506-1000229651", new long[] {4400, 2}), Map.entry("20250507-1000237570", new long[] {4254, 3}));
        assertThat(expected).hasSize(30);
        expected.forEach((number, billedAndLines) -> {
            ImportedOrder order = order(number);
            assertThat(order).as(number).isNotNull();
            assertThat(order.amounts().billed()).as(number).isEqualTo(billedAndLines[0]);
            assertThat(order.lines()).as(number).hasSize((int) billedAndLines[1]);
        });
    }

    @Test
    void orderOneInDetail() {
        ImportedOrder order = order("20250501-1000007919");
        assertThat(order.line()).isEqualTo(2);
        assertThat(order.orderedAt()).isEqualTo(LocalDateTime.of(2025, 5, 1, 9, 12, 3));
        assertThat(order.mallStatus()).isEqualTo("発送待ち");
        assertThat(order.cancelled()).isFalse();
        assertThat(order.orderType()).isEqualTo("通常購入");
        assertThat(order.paymentMethod()).isEqualTo("クレジットカード");
        assertThat(order.paymentDetail()).isEqualTo("一括払い");
        assertThat(order.deliveryMethod()).isEqualTo("宅配便");
        assertThat(order.amounts().goods()).isEqualTo(4580);
        assertThat(order.amounts().shipping()).isZero();
        assertThat(order.amounts().total()).isEqualTo(4580);
        assertThat(order.amounts().complete()).isTrue();
        assertThat(order.flags()).isEmpty();
        assertThat(order.notes()).isEmpty();
        assertThat(order.requestedDelivery().isRequested()).isFalse();
        assertThat(order.comment()).isNull();

        var orderer = order.orderer();
        assertThat(orderer.fullName()).isEqualTo("佐藤 一郎");
        assertThat(orderer.fullNameKana()).isEqualTo("サトウ イチロウ");
        assertThat(orderer.address().postalCode().formatted()).isEqualTo("150-0002");
        assertThat(orderer.address().prefecture()).isEqualTo(Prefecture.TOKYO);
        assertThat(orderer.address().oneLine()).isEqualTo("東京都渋谷区渋谷9-98-1 グリーンコート305");
        assertThat(orderer.phone().digits()).isEqualTo("09000001101");
        assertThat(orderer.phoneRaw()).isEqualTo("090-0000-1101");
        assertThat(orderer.email()).isEqualTo("494c9c52e99a2083@pc.fw.rakuten.ne.jp");

        assertThat(order.shipments()).hasSize(1);
        ImportedShipment shipment = order.shipments().get(0);
        assertThat(shipment.shipmentId()).isEqualTo("300000001");
        assertThat(shipment.recipient().fullName()).isEqualTo("佐藤 一郎");
        assertThat(shipment.amounts().total()).isEqualTo(4580);
        assertThat(shipment.amounts().goods()).isEqualTo(4580);
        List<ImportedLine> lines = shipment.lines();
        assertThat(lines).extracting(ImportedLine::lineId, ImportedLine::itemId, ImportedLine::itemNumber,
                ImportedLine::name, ImportedLine::unitPrice, ImportedLine::quantity, ImportedLine::taxIncluded,
                ImportedLine::line)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("200000001", "10000101", "tea-001", "静岡深蒸し煎茶 100g", 1080L, 2, true, 2L),
                        org.assertj.core.groups.Tuple.tuple("200000002", "10000110", "cup-010", "波佐見焼 マグカップ 藍", 2420L, 1, true, 3L));
        assertThat(lines.get(0).deliveryInfo()).isEqualTo("1～2日以内に発送予定(店舗休業日を除く)");
    }

    @Test
    void giftOrderWithMultiLineCommentWrappingAndNoshi() {
        ImportedOrder order = order("20250502-1000063352");
        assertThat(order.line()).isEqualTo(11);
        assertThat(order.comment()).isEqualTo("[配送日時指定:]\n2025-05-10(土)\n18:00～20:00\nのし:御祝(名入れ:中村)");
        assertThat(order.giftRequested()).isTrue();
        assertThat(order.wrappings()).singleElement().satisfies(wrapping -> {
            assertThat(wrapping.title()).isEqualTo("1");
            assertThat(wrapping.name()).isEqualTo("包装紙(有料)");
            assertThat(wrapping.price()).isEqualTo(220);
            assertThat(wrapping.taxIncluded()).isTrue();
            assertThat(wrapping.kind()).isEqualTo("ギフト包装");
        });
        assertThat(order.amounts().wrapping()).isEqualTo(220);
        assertThat(order.shipments().get(0).noshi()).isEqualTo("御祝");
        assertThat(order.requestedDelivery().date()).isEqualTo(LocalDate.of(2025, 5, 10));
        assertThat(order.requestedDelivery().timeSlot()).isEqualTo("1820");
        assertThat(order.requestedDelivery().from()).isEqualTo(LocalTime.of(18, 0));
        assertThat(order.requestedDelivery().to()).isEqualTo(LocalTime.of(20, 0));
        assertThat(order.lines().get(0).name()).isEqualTo("ギフトセット 煎茶・湯呑, 桐箱入り \"特撰\"");
        ImportedOrder next = order("20250502-1000071271");
        assertThat(next.line()).as("line numbers count the quoted line breaks").isEqualTo(15);
    }

    @Test
    void twoDestinationsBecomeTwoShipments() {
        ImportedOrder order = order("20250502-1000071271");
        assertThat(order.has(MallFlag.MULTIPLE_DESTINATIONS)).isTrue();
        assertThat(order.shipments()).extracting(ImportedShipment::shipmentId).containsExactly("300000009", "300000010");
        ImportedShipment tokyo = order.shipments().get(0);
        ImportedShipment okinawa = order.shipments().get(1);
        assertThat(tokyo.lines()).hasSize(2);
        assertThat(tokyo.recipient().fullName()).isEqualTo("石井 芳子");
        assertThat(tokyo.amounts().shipping()).isEqualTo(660);
        assertThat(tokyo.amounts().total()).isEqualTo(4160);
        assertThat(tokyo.noshi()).isEqualTo("母の日");
        assertThat(okinawa.lines()).hasSize(1);
        assertThat(okinawa.recipient().address().prefecture()).isEqualTo(Prefecture.OKINAWA);
        assertThat(okinawa.recipient().address().postalCode().formatted()).isEqualTo("900-0015");
        assertThat(okinawa.amounts().shipping()).isEqualTo(1320);
        assertThat(okinawa.amounts().total()).isEqualTo(2400);
        assertThat(order.amounts().shipping()).isEqualTo(1980);
        assertThat(order.orderer().fullName()).isEqualTo("小林 さくら");
    }

    @Test
    void postalCodeThatDoesNotMatchTheAddressIsKeptForTheAddressCheck() {
        ImportedOrder order = order("20250502-1000079190");
        var address = order.shipments().get(0).recipient().address();
        assertThat(address.postalCode().formatted()).isEqualTo("100-0005");
        assertThat(address.prefecture()).isEqualTo(Prefecture.OSAKA);
        assertThat(address.postalCode().belongsTo(address.prefecture())).isFalse();
        assertThat(order.shopMemo()).isEqualTo("郵便番号と住所が不一致(要確認)");
        assertThat(order.amounts().paymentFee()).isEqualTo(330);
        assertThat(order.amounts().total()).isEqualTo(4510);
    }

    @Test
    void sixDigitPostalCodeIsImportedWithANoteAndNoCode() {
        ImportedOrder order = order("20250502-1000087109");
        var address = order.orderer().address();
        assertThat(address.postalCode()).isNull();
        assertThat(address.postalCodeRaw()).isEqualTo("153-001");
        assertThat(order.shipments().get(0).recipient().address().postalCode()).isNull();
        assertThat(order.notes()).hasSize(2).allSatisfy(note -> {
            assertThat(note.message()).contains("153-001", "桁数");
            assertThat(note.column()).isIn("注文者郵便番号1", "送付先郵便番号1");
            assertThat(note.line()).isEqualTo(19);
            assertThat(note.file()).isEqualTo("rakuten_orders.csv");
        });
    }

    @Test
    void windows31jOnlyCharactersSurvive() {
        assertThat(order("20250502-1000095028").shipments().get(0).recipient().familyName()).isEqualTo("髙橋");
        assertThat(order("20250502-1000102947").shipments().get(0).recipient().familyName()).isEqualTo("山﨑");
    }

    @Test
    void mallFlagsAndAmounts() {
        ImportedOrder island = order("20250502-1000110866");
        assertThat(island.has(MallFlag.REMOTE_ISLAND)).isTrue();
        assertThat(island.orderer().phone().digits()).isEqualTo("0499800114");
        assertThat(order("20250502-1000118785").requestedDelivery().date()).isEqualTo(LocalDate.of(2025, 5, 4));

        ImportedOrder coupon = order("20250503-1000134623");
        assertThat(coupon.amounts().couponShop()).isEqualTo(300);
        assertThat(coupon.amounts().couponTotal()).isEqualTo(300);
        assertThat(coupon.amounts().billed()).isEqualTo(5200);

        ImportedOrder points = order("20250503-1000142542");
        assertThat(points.amounts().points()).isEqualTo(500);
        assertThat(points.amounts().couponMall()).isEqualTo(500);
        assertThat(points.paymentDetail()).isEqualTo("分割払い 103");

        ImportedOrder cancelled = order("20250503-1000150461");
        assertThat(cancelled.cancelled()).isTrue();
        assertThat(cancelled.mallStatus()).isEqualTo("キャンセル確定");

        ImportedOrder warning = order("20250505-1000197975");
        assertThat(warning.has(MallFlag.MALL_WARNING)).isTrue();
        assertThat(warning.mallStatus()).isEqualTo("変更確定待ち");
        assertThat(warning.notes()).extracting(note -> note.message()).contains("楽天の警告表示があります（警告表示タイプ: 1）");

        ImportedOrder subscription = order("20250505-1000205894");
        assertThat(subscription.orderType()).isEqualTo("定期購入");

        ImportedOrder nextDay = order("20250507-1000237570");
        assertThat(nextDay.has(MallFlag.NEXT_DAY_DELIVERY)).isTrue();
        assertThat(nextDay.requestedDelivery().from()).isEqualTo(LocalTime.of(8, 0));
        assertThat(nextDay.requestedDelivery().to()).isEqualTo(LocalTime.of(12, 0));

        assertThat(order("20250501-1000047514").mallStatus()).isEqualTo("注文確認待ち");
        assertThat(order("20250501-1000015838").lines().get(0).options()).isEqualTo("カラー:ネイビー");
        assertThat(order("20250501-1000031676").amounts().paymentFee()).isEqualTo(330);
    }

    @Test
    void ordersArriveInFileOrder() {
        assertThat(batch.orders().get(0).orderNumber()).isEqualTo(PREFIX + "20250501-1000007919");
        assertThat(batch.orders().get(29).orderNumber()).isEqualTo(PREFIX + "20250507-1000237570");
    }
}
