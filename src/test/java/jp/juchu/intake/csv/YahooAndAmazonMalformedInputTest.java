package jp.juchu.intake.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import jp.juchu.intake.ImportBatch;
import jp.juchu.intake.ImportIssue;
import jp.juchu.intake.ImportedOrder;
import jp.juchu.intake.RejectedOrder;
import org.junit.jupiter.api.Test;

class YahooAndAmazonMalformedInputTest {

    private static final String ORDERS_HEADER = "\"OrderId\",\"OrderTime\",\"OrderStatus\",\"PayMethodName\",\"BillLastName\","
            + "\"ShipZipCode\",\"ShipPrefecture\",\"TotalPrice\",\"ShipCharge\",\"SettleAmount\"\r\n";
    private static final String ITEMS_HEADER = "\"OrderId\",\"LineId\",\"ItemId\",\"Title\",\"Quantity\",\"UnitPrice\"\r\n";

    private static ImportBatch yahoo(String orders, String items) {
        return new YahooOrderCsvReader().readAll("yahoo_orders.csv", Fixtures.cp932(orders), "yahoo_items.csv",
                Fixtures.cp932(items));
    }

    private static String order(String id, String time, String settle) {
        return "\"" + id + "\",\"" + time + "\",\"2\",\"クレジットカード決済\",\"佐藤\",\"150-0002\",\"東京都\",\"1000\",\"600\",\""
                + settle + "\"\r\n";
    }

    private static String item(String id, String line, String quantity) {
        return "\"" + id + "\",\"" + line + "\",\"tea-001\",\"煎茶\",\"" + quantity + "\",\"1000\"\r\n";
    }

    @Test
    void yahooJoinsFilesAndRejectsOrdersWithoutItemsAndItemsWithoutOrders() {
        ImportBatch batch = yahoo(ORDERS_HEADER + order("s-1", "2025-05-01 10:00:00", "1600")
                        + order("s-2", "2025-05-01 11:00:00", "1600"),
                ITEMS_HEADER + item("s-1", "1", "1") + item("s-9", "1", "1"));
        assertThat(batch.orders()).extracting(ImportedOrder::orderNumber).containsExactly("s-1");
        assertThat(batch.orders().get(0).lines()).hasSize(1);
        assertThat(batch.rejected()).extracting(RejectedOrder::orderNumber).containsExactly("s-2", "s-9");
        assertThat(batch.rejected().get(0).problems()).containsExactly(
                new ImportIssue("yahoo_orders.csv", 3, "OrderId", "s-2", "商品明細ファイルにこの注文の明細がありません"));
        assertThat(batch.rejected().get(1).problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("yahoo_items.csv");
            assertThat(problem.line()).isEqualTo(3);
            assertThat(problem.message()).startsWith("注文ファイルにこの注文（OrderId）がありません");
        });
    }

    @Test
    void yahooBrokenItemRejectsItsOrderWithTheItemsLine() {
        ImportBatch batch = yahoo(ORDERS_HEADER + order("s-1", "2025-05-01 10:00:00", "2600")
                        + order("s-2", "2025-05-01 11:00:00", "1600"),
                ITEMS_HEADER + item("s-1", "1", "1") + item("s-1", "2", "x") + item("s-2", "1", "1"));
        assertThat(batch.orders()).extracting(ImportedOrder::orderNumber).containsExactly("s-2");
        assertThat(batch.rejected()).singleElement().satisfies(rejected -> assertThat(rejected.problems())
                .containsExactly(new ImportIssue("yahoo_items.csv", 3, "Quantity", "s-1", "金額「x」を数値として読めません")));
    }

    @Test
    void yahooBrokenDateAmountAndDuplicateOrderRow() {
        ImportBatch batch = yahoo(ORDERS_HEADER + order("s-1", "2025-13-01 10:00:00", "1600")
                        + order("s-2", "2025-05-01 11:00:00", "１，６００") + order("s-2", "2025-05-01 11:00:00", "1600")
                        + order("s-3", "2025-05-01 12:00:00", "abc"),
                ITEMS_HEADER + item("s-1", "1", "1") + item("s-2", "1", "1") + item("s-3", "1", "1"));
        assertThat(batch.orders()).extracting(ImportedOrder::orderNumber).containsExactly("s-2");
        assertThat(batch.orders().get(0).amounts().billed()).isEqualTo(1600);
        assertThat(batch.rejected()).extracting(RejectedOrder::orderNumber).containsExactly("s-1", "s-2", "s-3");
        assertThat(batch.rejected().get(0).problems()).extracting(ImportIssue::message)
                .containsExactly("日時「2025-13-01 10:00:00」は存在しない日時です");
        assertThat(batch.rejected().get(1).problems()).extracting(ImportIssue::message)
                .containsExactly("同じOrderIdの行が3行目にもあります（先に読んだ行は取り込み対象です）");
        assertThat(batch.rejected().get(2).problems()).extracting(ImportIssue::column).containsExactly("SettleAmount");
    }

    @Test
    void yahooMissingRequiredColumnInEitherFileFailsTheRead() {
        ImportBatch noItemsColumn = yahoo(ORDERS_HEADER + order("s-1", "2025-05-01 10:00:00", "1600"),
                "\"OrderId\",\"LineId\",\"Title\",\"Quantity\"\r\n\"s-1\",\"1\",\"煎茶\",\"1\"\r\n");
        assertThat(noItemsColumn.summary().fileError())
                .isEqualTo(new ImportIssue("yahoo_items.csv", 1, "UnitPrice", null, "必須の列がありません: UnitPrice"));
        assertThat(noItemsColumn.orders()).isEmpty();
        ImportBatch noOrdersColumn = yahoo(ORDERS_HEADER.replace("\"SettleAmount\"", "\"Other\""), ITEMS_HEADER);
        assertThat(noOrdersColumn.summary().fileError().message()).isEqualTo("必須の列がありません: SettleAmount");
        ImportBatch emptyItems = yahoo(ORDERS_HEADER, "");
        assertThat(emptyItems.summary().fileError().file()).isEqualTo("yahoo_items.csv");
    }

    @Test
    void amazonReportWithMissingColumnBrokenDateAndCrLf() throws IOException {
        String report = new String(Fixtures.mall("amazon_orders.txt").readAllBytes(), StandardCharsets.UTF_8);
        String noSku = report.replaceFirst("\tsku\t", "\tseller-sku-x\t");
        ImportBatch missing = new AmazonUnshippedOrderReader().readAll("a.txt",
                Fixtures.bytes(noSku.getBytes(StandardCharsets.UTF_8)));
        assertThat(missing.summary().fileError().message()).isEqualTo("必須の列がありません: sku");

        String brokenDate = report.replaceFirst("2025-05-01T01:05:11\\+00:00", "05/01/2025").replace("\n", "\r\n");
        ImportBatch batch = new AmazonUnshippedOrderReader().readAll("a.txt",
                Fixtures.bytes(brokenDate.getBytes(StandardCharsets.UTF_8)));
        assertThat(batch.orders()).hasSize(19);
        assertThat(batch.rejected()).singleElement().satisfies(rejected -> {
            assertThat(rejected.orderNumber()).isEqualTo("249-8291998-3496231");
            assertThat(rejected.problems()).containsExactly(new ImportIssue("a.txt", 2, "purchase-date",
                    "249-8291998-3496231", "日時「05/01/2025」を読めません（例: 2025-05-01 09:12:03）"));
        });
    }

    @Test
    void amazonItemPriceColumnMakesAmountsComplete() {
        String report = "order-id\torder-item-id\tpurchase-date\tsku\tproduct-name\tquantity-purchased\titem-price\t"
                + "shipping-price\trecipient-name\tship-address-1\tship-state\tship-postal-code\n"
                + "249-1-1\t1\t2025-05-01T00:00:00Z\ta\t商品A\t2\t2000\t500\t山田 太郎\t東京都渋谷区1-1\t\t1500002\n"
                + "249-1-1\t2\t2025-05-01T00:00:00Z\tb\t商品B\t3\t1000\t0\t山田 太郎\t東京都渋谷区1-1\t\t1500002\n";
        ImportBatch batch = new AmazonUnshippedOrderReader().readAll("a.txt", Fixtures.bytes(report.getBytes(StandardCharsets.UTF_8)));
        assertThat(batch.problems()).isEmpty();
        ImportedOrder order = batch.orders().get(0);
        assertThat(order.orderedAt()).isEqualTo(java.time.LocalDateTime.of(2025, 5, 1, 9, 0));
        assertThat(order.amounts().complete()).isTrue();
        assertThat(order.amounts().goods()).isEqualTo(3000);
        assertThat(order.amounts().shipping()).isEqualTo(500);
        assertThat(order.amounts().billed()).isEqualTo(3500);
        assertThat(order.lines()).extracting(line -> line.unitPrice()).containsExactly(1000L, null);
        var address = order.shipments().get(0).recipient().address();
        assertThat(address.prefecture()).isEqualTo(jp.juchu.core.Prefecture.TOKYO);
        assertThat(address.street()).isEqualTo("渋谷区1-1");
        assertThat(address.postalCode().formatted()).isEqualTo("150-0002");
    }
}
