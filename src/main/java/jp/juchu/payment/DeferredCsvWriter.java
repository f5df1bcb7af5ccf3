package jp.juchu.payment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import jp.juchu.core.SpreadsheetSafe;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The registration (与信依頼) and 出荷報告 CSVs for the CSV-linked providers, in one Juchu layout for all of
 * them (the providers' own layouts are not verified, formats.md §5.2–5.4): one row per 商品明細 line of the
 * order, the order's columns repeated, 送料 / 手数料 / 値引 as their own lines. Windows-31J, CRLF, header first.
 */
final class DeferredCsvWriter {

    static final List<String> REGISTRATION_HEADER = List.of("加盟店取引ID", "受注番号", "注文日", "請求金額", "請求書同梱",
            "購入者氏名", "購入者氏名カナ", "購入者郵便番号", "購入者住所", "購入者電話番号", "購入者メールアドレス",
            "配送先氏名", "配送先氏名カナ", "配送先郵便番号", "配送先住所", "配送先電話番号", "明細番号", "商品名", "単価", "数量");
    static final List<String> SHIPMENT_HEADER = List.of("加盟店取引ID", "受注番号", "事業者取引ID", "配送業者", "伝票番号", "出荷報告日");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu/MM/dd").withZone(ZoneId.of("Asia/Tokyo"));

    private DeferredCsvWriter() {
    }

    static List<List<String>> registrationRows(DeferredTransaction transaction, NpAtobaraiApi.Transaction data) {
        List<List<String>> rows = new ArrayList<>();
        int seq = 1;
        for (NpAtobaraiApi.Goods goods : data.goods()) {
            List<String> row = new ArrayList<>();
            row.add(transaction.getShopTransactionId());
            row.add(transaction.getMallOrderNumber());
            row.add(data.shopOrderDate().replace('-', '/'));
            row.add(Long.toString(data.billedAmount()));
            row.add(transaction.isInvoiceEnclosed() ? "1" : "0");
            addCustomer(row, data.customer(), true);
            addCustomer(row, data.destCustomer(), false);
            row.add(Integer.toString(seq++));
            row.add(goods.goodsName());
            row.add(Long.toString(goods.goodsPrice()));
            row.add(Integer.toString(goods.quantity()));
            rows.add(row);
        }
        return rows;
    }

    private static void addCustomer(List<String> row, NpAtobaraiApi.Customer customer, boolean withEmail) {
        row.add(customer.customerName());
        row.add(customer.customerNameKana());
        row.add(customer.zipCode());
        row.add(customer.address());
        row.add(customer.tel());
        if (withEmail) {
            row.add(customer.email());
        }
    }

    static List<String> shipmentRow(DeferredTransaction transaction, Instant reportedAt) {
        List<String> row = new ArrayList<>();
        row.add(transaction.getShopTransactionId());
        row.add(transaction.getMallOrderNumber());
        row.add(transaction.getProviderTransactionId());
        row.add(transaction.getCarrierCode());
        row.add(transaction.getSlipNo());
        row.add(DATE.format(reportedAt));
        return row;
    }

    static byte[] write(List<String> header, List<List<String>> rows) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CSVFormat format = CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get();
        try (CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(bytes, CreditResultCsvReader.WINDOWS_31J), format)) {
            printer.printRecord(header);
            for (List<String> row : rows) {
                printer.printRecord(row.stream().map(cell -> cell == null ? "" : SpreadsheetSafe.cell(cell)).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
