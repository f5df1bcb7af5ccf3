package jp.juchu.shipping;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import jp.juchu.core.Mall;
import jp.juchu.shop.ServiceType;

/** Hand-built 送り状 for the template tests: two lines with 髙 and a multi-line 備考, a formula-looking 商品名, no lines. */
final class TemplateTestLabels {

    static final LabelParty SENDER = new LabelParty("テスト茶舗", "テストチャホ", "420-0001", "静岡県", "静岡市葵区1-1", "", "054-111-2222");
    static final CarrierAccount ACCOUNT = new CarrierAccount("012345678901", "", "01");

    private TemplateTestLabels() {
    }

    static ShippingLabel twoLinesWithTakahashi() {
        LabelParty recipient = new LabelParty("髙橋 花子", "タカハシ ハナコ", "150-0002", "東京都", "渋谷区 渋谷1-2-3", "渋谷マンション 101",
                "03-1111-2222");
        return new ShippingLabel(5001, "382915-20260501-0012345", "RKT01", "テスト茶舗 楽天市場店", Mall.RAKUTEN,
                Instant.parse("2026-05-01T00:30:15Z"), 7001, 1, "7001", recipient, SENDER, recipient, "hanako@example.jp",
                "YAMATO", ServiceType.TAKKYUBIN, "宅急便", "代金引換", true, 6_030, 548, 4_900, 800, 330, 6_030,
                LocalDate.of(2026, 5, 7), LocalDate.of(2026, 5, 9), "14:00-16:00", "", false,
                "午前中希望,\r\n置き配可 \u301C \uD83D\uDE00", "", "同梱 5002",
                List.of(new LabelItem("sencha-100", "SEN-100", "静岡煎茶 特上 100g 袋入り", "容量:100g", 1_500, 2),
                        new LabelItem("cup-1", "CUP-1", "湯呑み 髙級", "色:白", 1_900, 1)),
                ACCOUNT);
    }

    static ShippingLabel formulaItem() {
        LabelParty recipient = new LabelParty("﨑田 商店", "サキタ ショウテン", "060-0001", "北海道", "札幌市中央区北1条西1", "", "011-222-3333");
        return new ShippingLabel(5003, "382915-20260502-0000007", "RKT01", "テスト茶舗 楽天市場店", Mall.RAKUTEN,
                Instant.parse("2026-05-02T14:59:59Z"), 7003, 2, "7003", recipient, SENDER, recipient, "sakita@example.jp",
                "YAMATO", ServiceType.TAKKYUBIN, "宅急便", "クレジットカード", false, 0, 0, 300, 0, 0, 300,
                LocalDate.of(2026, 5, 8), null, "", "御祝", true, "", "", "",
                List.of(new LabelItem("x", "X-1", "=SUM(A1)", "", 100, 3)),
                ACCOUNT);
    }

    static ShippingLabel noLines() {
        LabelParty recipient = new LabelParty("Café ① \u2212", null, null, null, null, null, null);
        return new ShippingLabel(5004, "382915-20260503-0000001", "RKT01", "テスト茶舗 楽天市場店", Mall.RAKUTEN,
                Instant.parse("2026-05-03T03:00:00Z"), 7004, 1, "7004", recipient, SENDER, recipient, null,
                null, null, null, null, false, 0, 0, 0, 0, 0, 0,
                null, null, null, null, false, null, null, null, List.of(), ACCOUNT);
    }
}
