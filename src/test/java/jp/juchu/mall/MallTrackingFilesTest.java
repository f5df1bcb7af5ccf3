package jp.juchu.mall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import jp.juchu.core.Mall;
import jp.juchu.mall.TrackingNotice.ShipmentNotice;
import org.junit.jupiter.api.Test;

class MallTrackingFilesTest {

    private static final Charset WINDOWS_31J = Charset.forName("Windows-31J");
    private static final LocalDate MAY_7 = LocalDate.of(2025, 5, 7);

    @Test
    void rakutenFileReproducesTheRmsShippingReportFixture() throws IOException {
        List<TrackingNotice> notices = new ArrayList<>();
        String[][] lines = {
                {"399999-20250501-1000007919", "300000001", "401234501371"},
                {"399999-20250501-1000015838", "300000002", "401234501371"},
                {"399999-20250501-1000031676", "300000004", "401234502745"},
                {"399999-20250501-1000039595", "300000005", "401234504112"},
                {"399999-20250502-1000063352", "300000008", "401234505486"},
                {"399999-20250502-1000071271", "300000009", "401234506853"},
                {"399999-20250502-1000071271", "300000010", "401234508220"},
                {"399999-20250502-1000095028", "300000013", "401234509594"},
                {"399999-20250502-1000110866", "300000015", "401234510961"},
                {"399999-20250503-1000134623", "300000018", "401234512335"},
                {"399999-20250503-1000142542", "300000019", "401234513702"},
                {"399999-20250504-1000166299", "300000022", "401234515076"},
                {"399999-20250504-1000190056", "300000025", "401234516443"},
                {"399999-20250505-1000205894", "300000027", "401234517810"},
                {"399999-20250507-1000237570", "300000031", "401234519184"}};
        for (String[] line : lines) {
            ShipmentNotice shipment = new ShipmentNotice(line[1], "YAMATO", null, List.of(line[2]), MAY_7, null);
            TrackingNotice last = notices.isEmpty() ? null : notices.get(notices.size() - 1);
            if (last != null && last.mallOrderNumber().equals(line[0])) {
                List<ShipmentNotice> shipments = new ArrayList<>(last.shipments());
                shipments.add(shipment);
                notices.set(notices.size() - 1, new TrackingNotice(line[0], shipments));
            } else {
                notices.add(new TrackingNotice(line[0], List.of(shipment)));
            }
        }
        assertThat(notices).hasSize(14);

        assertThat(write(Mall.RAKUTEN, notices)).isEqualTo(resource("rakuten_shipping_report.csv"));
    }

    @Test
    void rakutenWritesOneLinePerParcelAndOtherCarriersAsSonota() throws IOException {
        TrackingNotice notice = new TrackingNotice("399999-20250601-1000000001", List.of(
                new ShipmentNotice(null, "FUKUYAMA", null, List.of("1234567890", "1234567891"), LocalDate.of(2025, 6, 2), null),
                new ShipmentNotice("300000099", "OTHER", "エコ便", List.of(), null, null)));

        assertThat(new String(write(Mall.RAKUTEN, List.of(notice)), WINDOWS_31J)).isEqualTo(
                "注文番号,送付先ID,発送明細ID,お荷物伝票番号,配送会社,発送日\r\n"
                        + "399999-20250601-1000000001,,,1234567890,1006,2025-06-02\r\n"
                        + "399999-20250601-1000000001,,,1234567891,1006,2025-06-02\r\n"
                        + "399999-20250601-1000000001,300000099,,,1000,\r\n");
    }

    @Test
    void amazonFileMatchesTheFixtureWithOrderItemIdAndQuantityLeftEmpty() throws IOException {
        List<TrackingNotice> notices = List.of(
                new TrackingNotice("249-9411384-6670874",
                        List.of(new ShipmentNotice(null, "YAMATO", "ヤマト運輸", List.of("401234523292"), MAY_7, null))),
                new TrackingNotice("249-8838393-3858075",
                        List.of(new ShipmentNotice(null, "YAMATO", null, List.of("401234524666", "401234524670"), MAY_7, null))));

        byte[] expected = resource("amazon_ship_confirm.txt");
        assertThat(write(Mall.AMAZON, notices)).isEqualTo(expected);
        assertThat(new String(expected, WINDOWS_31J)).isEqualTo(withoutItemColumns(new String(resource("amazon_ship_confirm_fixture.txt"),
                WINDOWS_31J)));
    }

    @Test
    void amazonSendsOtherCarriersWithTheirNameAndNoShipMethod() throws IOException {
        TrackingNotice notice = new TrackingNotice("249-0000000-0000001",
                List.of(new ShipmentNotice(null, "FUKUYAMA", null, List.of("1234567890"), MAY_7, null)));
        TrackingNotice named = new TrackingNotice("249-0000000-0000002",
                List.of(new ShipmentNotice(null, "OTHER", "エコ\t便", List.of("EC-1"), MAY_7, null)));

        String text = new String(write(Mall.AMAZON, List.of(notice, named)), WINDOWS_31J);

        assertThat(text.split("\r\n")).endsWith(
                "249-0000000-0000001\t\t\t2025-05-07\tOther\t福山通運\t1234567890\t\t",
                "249-0000000-0000002\t\t\t2025-05-07\tOther\tエコ 便\tEC-1\t\t");
    }

    @Test
    void yahooFileFollowsTheDocumentedApiFieldLayout() throws IOException {
        List<TrackingNotice> notices = List.of(
                new TrackingNotice("samplezakka-10000102",
                        List.of(new ShipmentNotice(null, "YAMATO", null, List.of("401234520551"), MAY_7, null))),
                new TrackingNotice("samplezakka-10000103", List.of(
                        new ShipmentNotice(null, "SAGAWA", null, List.of("444413758703"), LocalDate.of(2025, 5, 8), null),
                        new ShipmentNotice(null, "SAGAWA", null, List.of("512547514334", "405548424886"), LocalDate.of(2025, 5, 8),
                                null))),
                new TrackingNotice("samplezakka-10000104",
                        List.of(new ShipmentNotice(null, "OTHER", "エコ便", List.of(), LocalDate.of(2025, 5, 9), null))));

        assertThat(write(Mall.YAHOO, notices)).isEqualTo(resource("yahoo_tracking.csv"));
    }

    @Test
    void auPayFileFollowsTheDocumentedLayoutWithQuotingAndFormulaGuard() throws IOException {
        List<TrackingNotice> notices = List.of(
                new TrackingNotice("11000001", List.of(new ShipmentNotice(null, "YAMATO", null, List.of("401234520551"), MAY_7, null))),
                new TrackingNotice("11000002", List.of(new ShipmentNotice(null, "SAGAWA", null,
                        List.of("444413758703", "512547514334"), LocalDate.of(2025, 5, 8), null))),
                new TrackingNotice("11000003", List.of(new ShipmentNotice(null, "OTHER", "エコ便, 東日本", List.of("EC-0001"),
                        LocalDate.of(2025, 5, 9), null))),
                new TrackingNotice("11000004", List.of(new ShipmentNotice(null, "OTHER", "=HYPERLINK(\"http://example.jp\")",
                        List.of("Z1"), null, null))));

        assertThat(write(Mall.AUPAY, notices)).isEqualTo(resource("aupay_tracking.csv"));
    }

    @Test
    void fileNamesAndSupportedMalls() {
        assertThat(Arrays.stream(Mall.values()).filter(MallTrackingFiles::supports))
                .containsExactly(Mall.RAKUTEN, Mall.YAHOO, Mall.AMAZON, Mall.AUPAY);
        assertThat(MallTrackingFiles.fileName(Mall.RAKUTEN, MAY_7, 1)).isEqualTo("rakuten_tracking_20250507_001.csv");
        assertThat(MallTrackingFiles.fileName(Mall.YAHOO, MAY_7, 2)).isEqualTo("yahoo_tracking_20250507_002.csv");
        assertThat(MallTrackingFiles.fileName(Mall.AMAZON, MAY_7, 12)).isEqualTo("amazon_ship_confirm_20250507_012.txt");
        assertThat(MallTrackingFiles.fileName(Mall.AUPAY, MAY_7, 1)).isEqualTo("aupay_tracking_20250507_001.csv");
        assertThat(MallTrackingFiles.contentType(Mall.AMAZON)).isEqualTo("text/plain; charset=Windows-31J");
        assertThat(MallTrackingFiles.contentType(Mall.RAKUTEN)).isEqualTo("text/csv; charset=Windows-31J");
        assertThatThrownBy(() -> MallTrackingFiles.write(Mall.QOO10, List.of(), new ByteArrayOutputStream()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MallTrackingFiles.fileName(Mall.RAKUTEN, MAY_7, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    /** The shared fixture was made with order-item-ids and quantities; Juchu leaves both empty. */
    private static String withoutItemColumns(String fixture) {
        String[] lines = fixture.split("\r\n");
        for (int i = 3; i < lines.length; i++) {
            String[] cells = lines[i].split("\t", -1);
            cells[1] = "";
            cells[2] = "";
            lines[i] = String.join("\t", cells);
        }
        return String.join("\r\n", lines) + "\r\n";
    }

    private static byte[] write(Mall mall, List<TrackingNotice> notices) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MallTrackingFiles.write(mall, notices, out);
        return out.toByteArray();
    }

    private static byte[] resource(String name) {
        try (InputStream in = MallTrackingFilesTest.class.getResourceAsStream("/mall/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource /mall/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
