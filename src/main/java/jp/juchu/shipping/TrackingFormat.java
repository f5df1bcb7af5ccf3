package jp.juchu.shipping;

import java.util.Arrays;
import jp.juchu.core.InvalidInputException;

/** The 出荷確定 file formats: B2クラウド 発行済データ, e飛伝 出荷履歴, and a generic 注文番号 + 荷物番号 file. */
public enum TrackingFormat {
    B2("B2クラウド 発行済データ"),
    EHIDEN("e飛伝 出荷履歴データ"),
    GENERIC("汎用 (注文番号・荷物番号)");

    private final String label;

    TrackingFormat(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static TrackingFormat of(String text) {
        return Arrays.stream(values()).filter(f -> f.name().equalsIgnoreCase(text == null ? "" : text.strip())).findFirst()
                .orElseThrow(() -> new InvalidInputException("format", "取込形式「" + text + "」はありません (B2, EHIDEN, GENERIC)"));
    }
}
