package jp.juchu.shipping;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import jp.juchu.support.ApiClient;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.QuoteMode;

/** What a carrier export needs besides orders: a ご依頼主 (店舗プロフィール) and the ヤマト contract numbers. */
public final class ShippingTestSetup {

    public static final Charset MS932 = Charset.forName("Windows-31J");
    private static final AtomicLong NEXT_TRACKING = new AtomicLong(40123450000L + (System.nanoTime() % 10_000) * 10);

    private ShippingTestSetup() {
    }

    public static void prepare(ApiClient admin) {
        if (admin.get("/api/store-profile").json().path("postalCode").asText().isEmpty()) {
            Map<String, Object> profile = new LinkedHashMap<>();
            profile.put("companyName", "株式会社出荷テスト");
            profile.put("postalCode", "150-0001");
            profile.put("address1", "東京都渋谷区神宮前");
            profile.put("address2", "1-2-3");
            profile.put("address3", "出荷ビル5F");
            profile.put("phone", "03-1234-5678");
            ApiClient.Response saved = admin.put("/api/store-profile", profile);
            assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        }
        ApiClient.Response account = admin.put("/api/shipping/carrier-accounts/YAMATO",
                Map.of("customerCode", "012345678901", "classCode", "", "freightNumber", "01"));
        assertThat(account.status()).as(account.body()).isEqualTo(200);
    }

    /** A valid 12-digit Yamato number: 11 digits and their remainder by 7. */
    public static String trackingNumber() {
        long base = NEXT_TRACKING.incrementAndGet();
        return base + String.valueOf(base % 7);
    }

    /** What B2クラウド's 発行済データ looks like: the exported rows with column 4 (伝票番号) filled. */
    public static byte[] b2Result(String exported, List<String> numbers) throws IOException {
        List<CSVRecord> rows = CSVFormat.DEFAULT.parse(new StringReader(exported)).getRecords();
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setQuoteMode(QuoteMode.ALL).setRecordSeparator("\r\n").get())) {
            for (int i = 0; i < rows.size(); i++) {
                List<String> values = new ArrayList<>(rows.get(i).toList());
                if (i > 0) {
                    values.set(3, numbers.get(i - 1));
                }
                printer.printRecord(values);
            }
        }
        return out.toString().getBytes(MS932);
    }

    /** The B2 発行済データ with a fresh valid number per row. */
    public static byte[] b2Result(String exported) throws IOException {
        List<String> numbers = new ArrayList<>();
        for (long rows = exported.lines().count(); numbers.size() < rows; ) {
            numbers.add(trackingNumber());
        }
        return b2Result(exported, numbers);
    }
}
