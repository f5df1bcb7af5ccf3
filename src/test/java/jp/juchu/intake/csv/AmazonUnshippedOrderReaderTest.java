package jp.juchu.intake.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
import jp.juchu.intake.MallFlag;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AmazonUnshippedOrderReaderTest {

    private static ImportBatch batch;
    private static Map<String, ImportedOrder> orders;

    @BeforeAll
    static void readFixture() {
        batch = new AmazonUnshippedOrderReader().readAll("amazon_orders.txt", Fixtures.mall("amazon_orders.txt"));
        orders = batch.orders().stream().collect(Collectors.toMap(ImportedOrder::orderNumber, Function.identity()));
    }

    @Test
    void readsEveryOrderOfTheReport() {
        assertThat(batch.summary().failed()).isFalse();
        assertThat(batch.summary().charset()).isEqualTo("UTF-8");
        assertThat(batch.summary().rows()).isEqualTo(24);
        assertThat(batch.rejected()).isEmpty();
        assertThat(batch.orders()).hasSize(20);
        assertThat(batch.orders().stream().mapToInt(order -> order.lines().size()).sum()).isEqualTo(24);
        assertThat(batch.orders()).allSatisfy(order -> {
            assertThat(order.mall()).isEqualTo(Mall.AMAZON);
            assertThat(order.amounts().complete()).isFalse();
            assertThat(order.shipments().get(0).recipient().address().prefecture()).isNotNull();
        });
        assertThat(batch.orders()).filteredOn(order -> order.shipments().get(0).recipient().address().postalCode() == null)
                .extracting(ImportedOrder::orderNumber).containsExactly("249-1757081-7790998");
        ImportedOrder sixDigits = orders.get("249-1757081-7790998");
        assertThat(sixDigits.notes()).singleElement().satisfies(note -> {
            assertThat(note.line()).isEqualTo(17);
            assertThat(note.column()).isEqualTo("ship-postal-code");
            assertThat(note.message()).isEqualTo("郵便番号「153-001」は6桁です（7桁必要です）");
        });
        assertThat(batch.orders().stream().filter(order -> order.paymentMethod().equals("COD")).count()).isEqualTo(4);
    }

    @Test
    void orderInDetailWithTimesInJapanTime() {
        ImportedOrder order = orders.get("249-7402167-7301405");
        assertThat(order.line()).isEqualTo(3);
        assertThat(order.orderedAt()).isEqualTo(LocalDateTime.of(2025, 5, 1, 12, 20, 40));
        assertThat(order.deliveryMethod()).isEqualTo("Expedited");
        assertThat(order.has(MallFlag.PRIME)).isTrue();
        assertThat(order.orderer().fullName()).isEqualTo("鈴木 花子");
        assertThat(order.orderer().phone().digits()).isEqualTo("08000001102");
        assertThat(order.orderer().address()).isNull();
        var recipient = order.shipments().get(0).recipient();
        assertThat(recipient.address().oneLine()).isEqualTo("大阪府大阪市北区梅田9-9-90 メゾン桜202");
        assertThat(recipient.address().postalCode().formatted()).isEqualTo("530-0001");
        assertThat(order.lines()).extracting(ImportedLine::lineId, ImportedLine::itemNumber, ImportedLine::name,
                ImportedLine::quantity, ImportedLine::unitPrice, ImportedLine::line)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("46190900095242", "cup-010", "波佐見焼 マグカップ 藍", 1, null, 3L),
                        org.assertj.core.groups.Tuple.tuple("71657626923755", "soap-050", "無添加石けん 3個セット", 2, null, 4L));
    }

    @Test
    void cashOnDeliveryAmountsAndScheduledDelivery() {
        ImportedOrder cod = orders.get("249-9411384-6670874");
        assertThat(cod.paymentMethod()).isEqualTo("COD");
        assertThat(cod.amounts().billed()).isEqualTo(4310);
        assertThat(cod.amounts().paymentFee()).isEqualTo(330);
        assertThat(cod.shipments().get(0).recipient().address().street()).isEqualTo("さいたま市浦和区高砂9-9-9");
        assertThat(cod.shipments().get(0).recipient().address().city()).isNull();
        assertThat(orders.get("249-8396619-8649330").amounts().billed()).isEqualTo(5280);

        ImportedOrder scheduled = orders.get("249-4839026-1724736");
        assertThat(scheduled.requestedDelivery().date()).isEqualTo(LocalDate.of(2025, 5, 4));
        assertThat(scheduled.requestedDelivery().from()).isEqualTo(LocalTime.of(9, 0));
        assertThat(scheduled.requestedDelivery().to()).isEqualTo(LocalTime.of(12, 0));
        assertThat(scheduled.requestedDelivery().timeSlot()).isEqualTo("09:00-12:00");
        assertThat(orders.get("249-8291998-3496231").shipments().get(0).recipient().address().prefecture())
                .isEqualTo(Prefecture.HYOGO);
    }

    @Test
    void theSameReportInWindows31jWithBomlessCrLfIsDetected() throws IOException {
        String utf8 = new String(Fixtures.mall("amazon_orders.txt").readAllBytes(), StandardCharsets.UTF_8);
        ImportBatch cp932 = new AmazonUnshippedOrderReader().readAll("amazon_sjis.txt",
                Fixtures.cp932(utf8.replace("\n", "\r\n")));
        assertThat(cp932.summary().charset()).isEqualTo("windows-31j");
        assertThat(cp932.orders()).hasSize(20);
        assertThat(cp932.orders()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("file", "notes")
                .containsExactlyElementsOf(batch.orders().stream().map(o -> o).toList());

        ByteArrayOutputStream withBom = new ByteArrayOutputStream();
        withBom.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        withBom.write(utf8.getBytes(StandardCharsets.UTF_8));
        ImportBatch bom = new AmazonUnshippedOrderReader().readAll("bom.txt", Fixtures.bytes(withBom.toByteArray()));
        assertThat(bom.orders()).hasSize(20);
        assertThat(bom.orders().get(0).orderNumber()).isEqualTo("249-8291998-3496231");
    }
}
