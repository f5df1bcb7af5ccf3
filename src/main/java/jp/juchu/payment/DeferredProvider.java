package jp.juchu.payment;

import java.util.Arrays;
import java.util.Locale;
import jp.juchu.core.InvalidInputException;

/** The 後払い services Juchu works with, and how: NP後払い through its REST API, the others by CSV files. */
public enum DeferredProvider {
    NP_ATOBARAI("NP後払い", Linkage.API),
    GMO_ATOBARAI("GMO後払い", Linkage.CSV),
    ATOBARAI_COM("後払い.com", Linkage.CSV),
    ATODENE("ATODENE", Linkage.CSV);

    /** How transactions reach the provider. */
    public enum Linkage {
        API("API連携"),
        CSV("CSV連携");

        private final String label;

        Linkage(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private final String label;
    private final Linkage linkage;

    DeferredProvider(String label, Linkage linkage) {
        this.label = label;
        this.linkage = linkage;
    }

    public String label() {
        return label;
    }

    public Linkage linkage() {
        return linkage;
    }

    public boolean usesCsv() {
        return linkage == Linkage.CSV;
    }

    /** Parses {@code NP_ATOBARAI}, {@code np-atobarai} or the Japanese label. */
    public static DeferredProvider parse(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(field, "後払いサービスを指定してください（" + names() + "）");
        }
        String key = text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(values())
                .filter(p -> p.name().equals(key) || p.label.equals(text.strip()))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException(field,
                        "後払いサービス「" + text.strip() + "」はありません（" + names() + "）"));
    }

    private static String names() {
        return String.join(", ", Arrays.stream(values()).map(Enum::name).toList());
    }
}
