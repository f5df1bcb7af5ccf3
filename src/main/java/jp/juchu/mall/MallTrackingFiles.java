package jp.juchu.mall;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import jp.juchu.core.Mall;
import jp.juchu.core.SpreadsheetSafe;
import jp.juchu.mall.TrackingNotice.ShipmentNotice;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The malls' 荷物番号 upload files, written from {@link TrackingNotice}s. All are Windows-31J with CRLF; every cell
 * goes through {@link SpreadsheetSafe#cell}.
 * <ul>
 *   <li><b>R荷物</b> (楽天, RMS 発送情報CSV, formats.md §1.4, ✅): {@code 注文番号,送付先ID,発送明細ID,お荷物伝票番号,配送会社,発送日},
 *       one line per 荷物番号; 送付先ID = the notice's mallShipmentId; 発送明細ID stays empty (= add the number; Juchu
 *       does not keep RMS's shippingDetailId); 配送会社 = {@link MallCarrierCodes#rakuten}; 発送日 yyyy-MM-dd.</li>
 *   <li><b>A出荷</b> (Amazon 出荷通知 flat file {@code POST_FLAT_FILE_FULFILLMENT_DATA}, §3.4, ✅): the three template
 *       lines, then tab-separated {@code order-id, order-item-id, quantity, ship-date, carrier-code, carrier-name,
 *       tracking-number, ship-method, cod-collection-method}, one line per order. Juchu does not store order-item-id,
 *       so order-item-id and quantity are empty, which confirms the whole order; without item ids Amazon takes one
 *       confirmation per order, so only the order's first 荷物番号 is sent. carrier-code = {@link MallCarrierCodes#amazon},
 *       carrier-name = the notice's carrierName (else our name for the carrier), ship-method = the carrier's standard
 *       service (宅急便, 飛脚宅配便, ゆうパック; the notice does not say ネコポス or ゆうパケット), empty for others.</li>
 *   <li><b>Y荷物</b> (Yahoo!ショッピング, §2.2, ❓): no Store Creator Pro upload layout for 荷物番号 is known, so this file
 *       uses the orderShipStatusChange API field names: {@code OrderId,ShipStatus,ShipCompanyCode,ShipInvoiceNumber1,
 *       ShipInvoiceNumber2,ShipDate}, one line per order, ShipStatus 3 (出荷済み), ShipCompanyCode =
 *       {@link MallCarrierCodes#yahoo}, the first two 荷物番号 (Yahoo has room for two), ShipDate yyyyMMdd. Check it
 *       against the real upload before relying on it.</li>
 *   <li><b>W荷物</b> (au PAY マーケット, ❓ unverified as well): {@code 注文番号,配送会社,お問い合わせ番号,発送日}, one line per
 *       荷物番号, 配送会社 as the carrier's name (ヤマト運輸, …; the notice's carrierName for OTHER), 発送日 yyyy/MM/dd.</li>
 * </ul>
 * A 送付先 without 荷物番号 still gets its line, with the number empty. For Yahoo, the order's first 送付先 with a
 * 荷物番号 gives carrier and date.
 */
public final class MallTrackingFiles {

    static final Charset WINDOWS_31J = Charset.forName("Windows-31J");

    static final List<String> RAKUTEN_HEADER = List.of("注文番号", "送付先ID", "発送明細ID", "お荷物伝票番号", "配送会社", "発送日");
    static final List<List<String>> AMAZON_HEADER = List.of(
            List.of("TemplateType=OrderFulfillment", "Version=2011.1102", "この行はAmazonが使用しますので変更や削除しないでください。",
                    "", "", "", "", "", ""),
            List.of("注文番号", "注文商品番号", "出荷数", "出荷日", "配送業者コード", "配送業者名", "お問い合わせ伝票番号", "配送方法", "代金引換"),
            List.of("order-id", "order-item-id", "quantity", "ship-date", "carrier-code", "carrier-name", "tracking-number",
                    "ship-method", "cod-collection-method"));
    static final List<String> YAHOO_HEADER = List.of("OrderId", "ShipStatus", "ShipCompanyCode", "ShipInvoiceNumber1",
            "ShipInvoiceNumber2", "ShipDate");
    static final List<String> AUPAY_HEADER = List.of("注文番号", "配送会社", "お問い合わせ番号", "発送日");

    private static final String YAHOO_SHIPPED = "3";
    private static final Map<String, String> CARRIER_NAMES = Map.of("YAMATO", "ヤマト運輸", "SAGAWA", "佐川急便",
            "JAPANPOST", "日本郵便", "SEINO", "西濃運輸", "FUKUYAMA", "福山通運");
    private static final Map<String, String> SHIP_METHODS = Map.of("YAMATO", "宅急便", "SAGAWA", "飛脚宅配便", "JAPANPOST", "ゆうパック");
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter COMPACT = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("yyyy/MM/dd");
    private static final DateTimeFormatter FILE_DAY = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();
    private static final CSVFormat TSV = CSVFormat.RFC4180.builder().setDelimiter('\t').setQuote(null).setRecordSeparator("\r\n").get();

    private MallTrackingFiles() {
    }

    /** Whether Juchu writes a 荷物番号 upload file for this mall (楽天, Yahoo, Amazon, au PAY). */
    public static boolean supports(Mall mall) {
        return mall == Mall.RAKUTEN || mall == Mall.YAHOO || mall == Mall.AMAZON || mall == Mall.AUPAY;
    }

    /**
     * Download name for the {@code sequence}-th (1-based) file of {@code day}, e.g. {@code rakuten_tracking_20250507_001.csv},
     * {@code amazon_ship_confirm_20250507_001.txt}.
     */
    public static String fileName(Mall mall, LocalDate day, int sequence) {
        requireSupported(mall);
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence starts at 1: " + sequence);
        }
        String stem = switch (mall) {
            case RAKUTEN -> "rakuten_tracking";
            case YAHOO -> "yahoo_tracking";
            case AMAZON -> "amazon_ship_confirm";
            default -> "aupay_tracking";
        };
        return stem + "_" + FILE_DAY.format(day) + "_" + String.format("%03d", sequence) + (mall == Mall.AMAZON ? ".txt" : ".csv");
    }

    /** Media type of the file: {@code text/csv} or, for Amazon's flat file, {@code text/plain}; charset Windows-31J. */
    public static String contentType(Mall mall) {
        requireSupported(mall);
        return (mall == Mall.AMAZON ? "text/plain" : "text/csv") + "; charset=Windows-31J";
    }

    /**
     * Writes the mall's file for {@code notices} (in their order) to {@code out}, which is flushed, not closed.
     *
     * @throws IllegalArgumentException for a mall that {@link #supports} does not accept
     */
    public static void write(Mall mall, List<TrackingNotice> notices, OutputStream out) throws IOException {
        requireSupported(mall);
        Writer writer = new OutputStreamWriter(out, WINDOWS_31J);
        CSVPrinter printer = new CSVPrinter(writer, mall == Mall.AMAZON ? TSV : CSV);
        switch (mall) {
            case RAKUTEN -> rakuten(notices, printer);
            case YAHOO -> yahoo(notices, printer);
            case AMAZON -> amazon(notices, printer);
            default -> auPay(notices, printer);
        }
        printer.flush();
    }

    private static void rakuten(List<TrackingNotice> notices, CSVPrinter printer) throws IOException {
        print(printer, RAKUTEN_HEADER);
        for (TrackingNotice notice : notices) {
            for (ShipmentNotice shipment : notice.shipments()) {
                for (String number : numbersOrBlank(shipment)) {
                    print(printer, notice.mallOrderNumber(), shipment.mallShipmentId(), "", number,
                            MallCarrierCodes.rakuten(shipment.carrierCode()), date(shipment.shippedOn(), ISO));
                }
            }
        }
    }

    private static void amazon(List<TrackingNotice> notices, CSVPrinter printer) throws IOException {
        for (List<String> header : AMAZON_HEADER) {
            print(printer, header);
        }
        for (TrackingNotice notice : notices) {
            ShipmentNotice shipment = firstWithNumbers(notice);
            if (shipment == null) {
                continue;
            }
            List<String> numbers = numbersOrBlank(shipment);
            print(printer, notice.mallOrderNumber(), "", "", date(shipment.shippedOn(), ISO),
                    MallCarrierCodes.amazon(shipment.carrierCode()), carrierName(shipment), numbers.get(0),
                    SHIP_METHODS.getOrDefault(shipment.carrierCode(), ""), "");
        }
    }

    private static void yahoo(List<TrackingNotice> notices, CSVPrinter printer) throws IOException {
        print(printer, YAHOO_HEADER);
        for (TrackingNotice notice : notices) {
            ShipmentNotice shipment = firstWithNumbers(notice);
            if (shipment == null) {
                continue;
            }
            List<String> numbers = notice.shipments().stream().flatMap(s -> s.trackingNumbers().stream()).distinct().toList();
            print(printer, notice.mallOrderNumber(), YAHOO_SHIPPED, MallCarrierCodes.yahoo(shipment.carrierCode()),
                    numbers.isEmpty() ? "" : numbers.get(0), numbers.size() < 2 ? "" : numbers.get(1),
                    date(shipment.shippedOn(), COMPACT));
        }
    }

    private static void auPay(List<TrackingNotice> notices, CSVPrinter printer) throws IOException {
        print(printer, AUPAY_HEADER);
        for (TrackingNotice notice : notices) {
            for (ShipmentNotice shipment : notice.shipments()) {
                for (String number : numbersOrBlank(shipment)) {
                    print(printer, notice.mallOrderNumber(), carrierName(shipment), number, date(shipment.shippedOn(), SLASHED));
                }
            }
        }
    }

    /** The first 送付先 that has 荷物番号, else the first one; {@code null} for a notice without 送付先. */
    private static ShipmentNotice firstWithNumbers(TrackingNotice notice) {
        return notice.shipments().stream().filter(s -> !s.trackingNumbers().isEmpty()).findFirst()
                .orElse(notice.shipments().isEmpty() ? null : notice.shipments().get(0));
    }

    private static List<String> numbersOrBlank(ShipmentNotice shipment) {
        return shipment.trackingNumbers().isEmpty() ? List.of("") : shipment.trackingNumbers();
    }

    /** The shop's name for an OTHER carrier (or any carrier it named); else ours; その他 when neither is known. */
    private static String carrierName(ShipmentNotice shipment) {
        if (shipment.carrierName() != null && !shipment.carrierName().isBlank()) {
            return shipment.carrierName().strip();
        }
        return CARRIER_NAMES.getOrDefault(shipment.carrierCode(), "その他");
    }

    private static String date(LocalDate date, DateTimeFormatter format) {
        return date == null ? "" : format.format(date);
    }

    private static void print(CSVPrinter printer, String... cells) throws IOException {
        print(printer, Arrays.asList(cells));
    }

    /** One record; tabs and line breaks become spaces so an unquoted tab-separated line stays one line. */
    private static void print(CSVPrinter printer, List<String> cells) throws IOException {
        List<String> safe = new ArrayList<>(cells.size());
        for (String cell : cells) {
            String value = cell == null ? "" : cell.replace('\t', ' ').replace('\r', ' ').replace('\n', ' ');
            safe.add(SpreadsheetSafe.cell(value));
        }
        printer.printRecord(safe);
    }

    private static void requireSupported(Mall mall) {
        if (!supports(mall)) {
            throw new IllegalArgumentException("no 荷物番号 upload file for " + mall);
        }
    }
}
