package jp.juchu.intake.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.juchu.core.Mall;
import jp.juchu.core.Prefecture;
import jp.juchu.intake.ImportBatch;
import jp.juchu.intake.ImportedLine;
import jp.juchu.intake.ImportedOrder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class YahooOrderCsvReaderTest {

    private static ImportBatch batch;
    private static Map<String, ImportedOrder> orders;

    @BeforeAll
    static void readFixture() {
        batch = new YahooOrderCsvReader().readAll("yahoo_orders.csv", Fixtures.mall("yahoo_orders.csv"),
                "yahoo_order_items.csv", Fixtures.mall("yahoo_order_items.csv"));
        orders = batch.orders().stream().collect(Collectors.toMap(ImportedOrder::orderNumber, Function.identity()));
    }

    private static ImportedOrder order(int number) {
        return orders.get("samplezakka-" + (10000100 + number));
    }

    @Test
    void readsEveryOrderWithItsItems() {
        assertThat(batch.summary().failed()).isFalse();
        assertThat(batch.summary().files()).containsExactly("yahoo_orders.csv", "yahoo_order_items.csv");
        assertThat(batch.rejected()).isEmpty();
        assertThat(batch.orders()).hasSize(20);
        assertThat(batch.orders().stream().mapToInt(order -> order.lines().size()).sum()).isEqualTo(26);
        assertThat(batch.orders()).allSatisfy(order -> {
            assertThat(order.mall()).isEqualTo(Mall.YAHOO);
            assertThat(order.shipments()).hasSize(1);
            long lineSum = order.lines().stream().mapToLong(ImportedLine::lineTotal).sum();
            assertThat(lineSum).as(order.orderNumber()).isEqualTo(order.amounts().goods());
        });
    }

    @Test
    void everyBilledAmountAsInTheFile() {
        long[] settle = {1680, 4340, 4310, 3800, 3900, 3424, 2580, 5730, 1680, 5500, 4056, 4460, 4840, 5280, 8290,
            4220, 7660, 2250, 3648, 2920};
        int[] lineCounts = {1, 2, 1, 1, 1, 2, 1, 1, 1, 2, 1, 1, 1, 2, 1, 1, 2, 1, 2, 1};
        for (int i = 0; i < settle.length; i++) {
            assertThat(order(i + 1).amounts().billed()).as("order %d", i + 1).isEqualTo(settle[i]);
            assertThat(order(i + 1).lines()).as("order %d", i + 1).hasSize(lineCounts[i]);
        }
    }

    @Test
    void orderTwoInDetail() {
        ImportedOrder order = order(2);
        assertThat(order.line()).isEqualTo(3);
        assertThat(order.orderedAt()).isEqualTo(LocalDateTime.of(2025, 5, 1, 10, 2, 44));
        assertThat(order.mallStatus()).isEqualTo("2");
        assertThat(order.paymentMethod()).isEqualTo("クレジットカード決済");
        assertThat(order.deliveryMethod()).isEqualTo("宅配便");
        assertThat(order.requestedDelivery().date()).isEqualTo(LocalDate.of(2025, 5, 6));
        assertThat(order.requestedDelivery().from()).isEqualTo(LocalTime.of(14, 0));
        assertThat(order.requestedDelivery().to()).isEqualTo(LocalTime.of(16, 0));
        assertThat(order.amounts().goods()).isEqualTo(3740);
        assertThat(order.amounts().shipping()).isEqualTo(600);
        assertThat(order.amounts().billed()).isEqualTo(4340);
        assertThat(order.orderer().fullName()).isEqualTo("阿部 真央");
        assertThat(order.orderer().email()).isEqualTo("48ad4f2ea0269870@example.jp");
        var address = order.shipments().get(0).recipient().address();
        assertThat(address.postalCode().formatted()).isEqualTo("160-0022");
        assertThat(address.oneLine()).isEqualTo("東京都新宿区新宿9-9-9 新宿サンプルビル7F");
        assertThat(order.shipments().get(0).recipient().phone().digits()).isEqualTo("0300001122");
        assertThat(order.lines()).extracting(ImportedLine::lineId, ImportedLine::itemNumber, ImportedLine::name,
                ImportedLine::unitPrice, ImportedLine::quantity, ImportedLine::taxRate, ImportedLine::line)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("1", "cup-010", "波佐見焼 マグカップ 藍", 2420L, 1, 10, 3L),
                        org.assertj.core.groups.Tuple.tuple("2", "soap-050", "無添加石けん 3個セット", 1320L, 1, 10, 4L));
    }

    @Test
    void statusesZipCodesAndOptions() {
        assertThat(order(3).paymentMethod()).isEqualTo("商品代引");
        assertThat(order(3).amounts().paymentFee()).isEqualTo(330);
        assertThat(order(3).requestedDelivery().timeSlot()).isEqualTo("午前中");
        assertThat(order(3).orderer().address().postalCode().formatted()).isEqualTo("890-0053");
        assertThat(order(5).lines().get(0).options()).isEqualTo("サイズ:25-27cm");
        assertThat(order(5).lines().get(0).itemNumber()).isEqualTo("sock-090-25-27cm");
        assertThat(order(5).lines().get(0).itemId()).isEqualTo("sock-090");
        assertThat(order(6).amounts().couponTotal()).isEqualTo(200);
        assertThat(order(6).deliveryMethod()).isEqualTo("クール便");
        assertThat(order(7).mallStatus()).isEqualTo("3");
        assertThat(order(7).notes()).extracting(note -> note.message()).contains("Yahoo!ショッピングで保留中の注文です（OrderStatus 3）");
        assertThat(order(7).comment()).isEqualTo("住所に誤りがあるかもしれません");
        var mismatch = order(7).orderer().address();
        assertThat(mismatch.postalCode().belongsTo(mismatch.prefecture())).isFalse();
        assertThat(order(9).cancelled()).isTrue();
        assertThat(order(9).orderer().address().postalCode().formatted()).isEqualTo("060-0042");
        assertThat(order(9).orderer().address().prefecture()).isEqualTo(Prefecture.HOKKAIDO);
        assertThat(order(8).amounts().points()).isEqualTo(100);
        assertThat(order(13).shipments().get(0).recipient().familyName()).isEqualTo("髙橋");
        assertThat(order(8).lines().get(0).name()).isEqualTo("ギフトセット 煎茶・湯呑, 桐箱入り \"特撰\"");
    }
}
