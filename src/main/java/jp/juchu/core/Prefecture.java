package jp.juchu.core;

import java.util.Locale;
import java.util.Optional;

/** The 47 prefectures (都道府県) in JIS X 0401 order; {@link #code()} is the JIS code 1–47. */
public enum Prefecture {
    HOKKAIDO("北海道", "hokkaido"), AOMORI("青森県", "aomori"), IWATE("岩手県", "iwate"), MIYAGI("宮城県", "miyagi"),
    AKITA("秋田県", "akita"), YAMAGATA("山形県", "yamagata"), FUKUSHIMA("福島県", "fukushima"),
    IBARAKI("茨城県", "ibaraki"), TOCHIGI("栃木県", "tochigi"), GUNMA("群馬県", "gunma"), SAITAMA("埼玉県", "saitama"),
    CHIBA("千葉県", "chiba"), TOKYO("東京都", "tokyo"), KANAGAWA("神奈川県", "kanagawa"), NIIGATA("新潟県", "niigata"),
    TOYAMA("富山県", "toyama"), ISHIKAWA("石川県", "ishikawa"), FUKUI("福井県", "fukui"), YAMANASHI("山梨県", "yamanashi"),
    NAGANO("長野県", "nagano"), GIFU("岐阜県", "gifu"), SHIZUOKA("静岡県", "shizuoka"), AICHI("愛知県", "aichi"),
    MIE("三重県", "mie"), SHIGA("滋賀県", "shiga"), KYOTO("京都府", "kyoto"), OSAKA("大阪府", "osaka"),
    HYOGO("兵庫県", "hyogo"), NARA("奈良県", "nara"), WAKAYAMA("和歌山県", "wakayama"), TOTTORI("鳥取県", "tottori"),
    SHIMANE("島根県", "shimane"), OKAYAMA("岡山県", "okayama"), HIROSHIMA("広島県", "hiroshima"),
    YAMAGUCHI("山口県", "yamaguchi"), TOKUSHIMA("徳島県", "tokushima"), KAGAWA("香川県", "kagawa"),
    EHIME("愛媛県", "ehime"), KOCHI("高知県", "kochi"), FUKUOKA("福岡県", "fukuoka"), SAGA("佐賀県", "saga"),
    NAGASAKI("長崎県", "nagasaki"), KUMAMOTO("熊本県", "kumamoto"), OITA("大分県", "oita"), MIYAZAKI("宮崎県", "miyazaki"),
    KAGOSHIMA("鹿児島県", "kagoshima"), OKINAWA("沖縄県", "okinawa");

    private final String japaneseName;
    private final String romaji;

    Prefecture(String japaneseName, String romaji) {
        this.japaneseName = japaneseName;
        this.romaji = romaji;
    }

    /** The official name with its suffix, e.g. 東京都. */
    public String japaneseName() {
        return japaneseName;
    }

    /** JIS X 0401 code, 1 (北海道) to 47 (沖縄県). */
    public int code() {
        return ordinal() + 1;
    }

    /** The name without 都/府/県 (北海道 keeps 道: "北海" is not how anyone writes it). */
    String stem() {
        return this == HOKKAIDO ? japaneseName : japaneseName.substring(0, japaneseName.length() - 1);
    }

    /**
     * Finds a prefecture by its name as a mall delivers it: 東京都, 東京 (suffix left out — every stem
     * is unique), full-width or padded text, or romaji such as "Tokyo", "TOKYO-TO", "Osaka fu".
     */
    public static Optional<Prefecture> fromName(String name) {
        String normalized = JapaneseText.normalize(name);
        if (normalized == null || normalized.isEmpty()) {
            return Optional.empty();
        }
        String lower = normalized.toLowerCase(Locale.ROOT);
        String romajiKey = lower.replaceAll("[\\s-]", "");
        String romajiWithoutSuffix = lower.replaceAll("[\\s-]*(to|fu|ken|prefecture)$", "").replaceAll("[\\s-]", "");
        for (Prefecture prefecture : values()) {
            if (prefecture.japaneseName.equals(normalized) || prefecture.stem().equals(normalized)
                    || prefecture.romaji.equals(romajiKey) || prefecture.romaji.equals(romajiWithoutSuffix)) {
                return Optional.of(prefecture);
            }
        }
        return Optional.empty();
    }

    /**
     * The prefecture an address starts with, by its full name only (a stem like 京都 would also match
     * 京都市, which is in 京都府 by luck but not by rule).
     */
    public static Optional<Prefecture> atStartOf(String address) {
        String normalized = JapaneseText.normalize(address);
        if (normalized == null) {
            return Optional.empty();
        }
        for (Prefecture prefecture : values()) {
            if (normalized.startsWith(prefecture.japaneseName)) {
                return Optional.of(prefecture);
            }
        }
        return Optional.empty();
    }
}
