package jp.juchu.shop;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;
import jp.juchu.core.Mall;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Payment and delivery names used in the sample order files (test copies of ../shared/fixtures/mall). */
final class MallFixtureNames {

    private static final Charset WINDOWS_31J = Charset.forName("Windows-31J");

    private MallFixtureNames() {
    }

    static Set<String> payment(Mall mall) {
        return switch (mall) {
            case RAKUTEN -> column("rakuten_orders.csv", WINDOWS_31J, CSVFormat.DEFAULT, "支払方法名");
            case YAHOO -> column("yahoo_orders.csv", WINDOWS_31J, CSVFormat.DEFAULT, "PayMethodName");
            case AMAZON -> column("amazon_orders.txt", StandardCharsets.UTF_8, CSVFormat.TDF, "payment-method");
            default -> Set.of();
        };
    }

    static Set<String> delivery(Mall mall) {
        return switch (mall) {
            case RAKUTEN -> column("rakuten_orders.csv", WINDOWS_31J, CSVFormat.DEFAULT, "配送方法");
            case YAHOO -> column("yahoo_orders.csv", WINDOWS_31J, CSVFormat.DEFAULT, "ShipMethodName");
            case AMAZON -> column("amazon_orders.txt", StandardCharsets.UTF_8, CSVFormat.TDF, "ship-service-level");
            default -> Set.of();
        };
    }

    private static Set<String> column(String file, Charset charset, CSVFormat format, String header) {
        CSVFormat withHeader = format.builder().setHeader().setSkipHeaderRecord(true).build();
        try (InputStream in = MallFixtureNames.class.getResourceAsStream("/fixtures/mall/" + file);
             Reader reader = new InputStreamReader(in, charset);
             CSVParser parser = CSVParser.parse(reader, withHeader)) {
            Set<String> names = new LinkedHashSet<>();
            for (CSVRecord record : parser) {
                String value = record.get(header);
                if (!value.isBlank()) {
                    names.add(value);
                }
            }
            if (names.isEmpty()) {
                throw new IllegalStateException("No values in column " + header + " of " + file);
            }
            return names;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read fixture " + file, e);
        }
    }
}
