package jp.juchu.shop;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The 差込項目 a mail template may use, written {@code {{受注番号}}}. {@link #LINES} is a repeated block
 * ({@code {{#商品明細}}…{{/商品明細}}}) whose inside may also use the {@link #LINE_ITEMS} of one order line.
 */
public final class MailPlaceholders {

    public static final String LINES = "商品明細";

    /** Order-level placeholders with a short explanation for the help list. */
    public static final Map<String, String> SCALARS = ordered(
            "受注番号", "モールの注文番号",
            "注文日", "注文日時 (例: 2026年5月1日 10:15)",
            "注文者名", "注文者の氏名",
            "注文者メールアドレス", "注文者のメールアドレス",
            "送付先", "お届け先 (氏名・郵便番号・住所・電話番号を複数行で)",
            "送付先名", "お届け先の氏名",
            "商品合計", "商品金額の合計 (円, カンマ区切り)",
            "送料", "送料 (円)",
            "手数料", "代引手数料などの手数料 (円)",
            "ポイント利用", "ポイント・クーポン利用額 (円)",
            "合計金額", "ご請求金額 (円)",
            "支払方法", "支払方法の名称",
            "支払期限", "お支払期限 (銀行振込など)",
            "配送方法", "配送方法の名称",
            "お届け希望日", "お届け希望日 (指定なしの場合は「指定なし」)",
            "出荷予定日", "出荷予定日 (営業日で計算)",
            "出荷日", "出荷した日",
            "配送業者", "配送業者名",
            "荷物番号", "お問い合わせ番号 (送り状番号)",
            "追跡URL", "配送状況を確認できる URL",
            "店舗名", "ショップの正式名称",
            "店舗URL", "ショップの URL",
            "店舗メールアドレス", "ショップの送信元メールアドレス",
            "店舗電話番号", "店舗プロフィールの電話番号",
            "店舗署名", "店舗プロフィールから作る署名 (会社名・住所・連絡先)");

    /** Placeholders of one order line, usable only inside the {@link #LINES} block. */
    public static final Map<String, String> LINE_ITEMS = ordered(
            "商品コード", "商品番号",
            "商品名", "商品名",
            "項目選択肢", "項目選択肢 (サイズ・色など)",
            "数量", "数量",
            "単価", "単価 (円, 税込)",
            "金額", "単価 × 数量 (円)");

    private MailPlaceholders() {
    }

    public static Set<String> scalarNames() {
        return SCALARS.keySet();
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }
}
