package jp.juchu.shop;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds small files in Japan Post's KEN_ALL.CSV format for tests (Windows-31J, CRLF, 15 columns, no
 * header). The rows are synthetic but shaped like the real ones, including a 町域名 split over rows.
 */
public final class KenAllFiles {

    public static final Charset WINDOWS_31J = Charset.forName("Windows-31J");

    private final List<String> lines = new ArrayList<>();

    public static KenAllFiles create() {
        return new KenAllFiles();
    }

    /** A well-formed row. */
    public KenAllFiles row(String postalCode, String prefecture, String city, String town) {
        return raw("13113,\"" + postalCode.substring(0, 3) + "  \",\"" + postalCode + "\",\"ｶﾅ\",\"ｶﾅ\",\"ｶﾅ\",\"" + prefecture
                + "\",\"" + city + "\",\"" + town + "\",0,0,0,0,0,0");
    }

    /** A line written as given (for broken rows). */
    public KenAllFiles raw(String line) {
        lines.add(line);
        return this;
    }

    /** A few real-looking entries: 渋谷, 大阪市北区 (two towns), 奥多摩 (郡), 八丈島, and one multi-row 町域名. */
    public static KenAllFiles sample() {
        return create()
                .row("1500002", "東京都", "渋谷区", "渋谷")
                .row("1500001", "東京都", "渋谷区", "神宮前")
                .row("5300001", "大阪府", "大阪市北区", "梅田")
                .row("5300002", "大阪府", "大阪市北区", "曽根崎新地")
                .row("5410041", "大阪府", "大阪市中央区", "北浜")
                .row("1980212", "東京都", "西多摩郡奥多摩町", "氷川")
                .row("1001511", "東京都", "八丈島八丈町", "三根")
                .row("0600042", "北海道", "札幌市中央区", "大通西（１～１９丁目）")
                .row("0640941", "北海道", "札幌市中央区", "旭ケ丘（１～３丁目、５丁目")
                .row("0640941", "北海道", "札幌市中央区", "、６丁目）")
                .row("1000001", "東京都", "千代田区", "千代田")
                .row("1000000", "東京都", "千代田区", "以下に掲載がない場合");
    }

    public byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String line : lines) {
            out.writeBytes((line + "\r\n").getBytes(WINDOWS_31J));
        }
        return out.toByteArray();
    }
}
