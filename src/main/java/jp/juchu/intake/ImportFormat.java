package jp.juchu.intake;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import jp.juchu.core.InvalidInputException;
import jp.juchu.core.Mall;

/**
 * The mall files an import accepts. Yahoo!ショッピング needs both downloads (orders and items) in one
 * import; YAHOO_ITEMS_CSV names the items file's format and is accepted as the same Yahoo import.
 */
public enum ImportFormat {
    RAKUTEN_CSV(Mall.RAKUTEN, "楽天ペイ受注CSV"),
    YAHOO_CSV(Mall.YAHOO, "Yahoo!ショッピング 注文CSV + 商品明細CSV"),
    YAHOO_ITEMS_CSV(Mall.YAHOO, "Yahoo!ショッピング 商品明細CSV + 注文CSV"),
    AMAZON_REPORT(Mall.AMAZON, "Amazon 未出荷の注文レポート");

    private final Mall mall;
    private final String label;

    ImportFormat(Mall mall, String label) {
        this.mall = mall;
        this.label = label;
    }

    public Mall mall() {
        return mall;
    }

    public String label() {
        return label;
    }

    public boolean isYahoo() {
        return mall == Mall.YAHOO;
    }

    /** The format a shop's downloads have by default, if its mall has one. */
    public static Optional<ImportFormat> defaultFor(Mall mall) {
        return Arrays.stream(values()).filter(f -> f.mall == mall).findFirst();
    }

    /** Parses a format name; an unknown one is a field error on {@code format}. */
    public static ImportFormat parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("format", "取込形式「" + text + "」は選べません。"
                    + Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", ")) + " のいずれかを指定してください");
        }
    }
}
