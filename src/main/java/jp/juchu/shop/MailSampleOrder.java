package jp.juchu.shop;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A believable order used for the template preview, with every placeholder filled in. */
final class MailSampleOrder {

    private MailSampleOrder() {
    }

    static Map<String, Object> values(String shopName) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("受注番号", "123456-20260501-0000001");
        values.put("注文日", "2026年5月1日 10:15");
        values.put("注文者名", "山田 太郎");
        values.put("注文者メールアドレス", "taro.yamada@example.jp");
        values.put("送付先", "山田 花子 様\n〒150-0001\n東京都渋谷区神宮前1-2-3 サンプルビル101\nTEL 03-1234-5678");
        values.put("送付先名", "山田 花子");
        values.put("商品合計", "4,968");
        values.put("送料", "0");
        values.put("手数料", "330");
        values.put("ポイント利用", "100");
        values.put("合計金額", "5,198");
        values.put("支払方法", "銀行振込");
        values.put("支払期限", "2026年5月8日");
        values.put("配送方法", "宅急便");
        values.put("お届け希望日", "指定なし");
        values.put("出荷予定日", "2026年5月7日");
        values.put("出荷日", "2026年5月7日");
        values.put("配送業者", "ヤマト運輸");
        values.put("荷物番号", "1234-5678-9012");
        values.put("追跡URL", "https://toi.kuronekoyamato.co.jp/cgi-bin/tneko?number00=1&number01=123456789012");
        values.put("店舗名", shopName);
        values.put("店舗URL", "https://www.example.jp/shop/");
        values.put("店舗メールアドレス", "shop@example.jp");
        values.put("店舗電話番号", "03-0000-0000");
        values.put("店舗署名", "━━━━━━━━━━━━━━━━━━\n" + shopName + "\n株式会社サンプル商店\n〒100-0001 東京都千代田区千代田1-1\n"
                + "TEL 03-0000-0000 (平日 10:00〜17:00)\nMAIL shop@example.jp\n━━━━━━━━━━━━━━━━━━");
        values.put(MailPlaceholders.LINES, List.of(
                line("tea-hoji-100", "有機ほうじ茶 100g", "", "2", "864", "1,728"),
                line("cake-matcha-roll", "抹茶ロールケーキ", "のし:なし", "1", "3,240", "3,240")));
        return values;
    }

    private static Map<String, String> line(String code, String name, String choice, String quantity, String price, String amount) {
        return Map.of("商品コード", code, "商品名", name, "項目選択肢", choice, "数量", quantity, "単価", price, "金額", amount);
    }
}
