package jp.juchu.shipping;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import jp.juchu.core.Mall;
import jp.juchu.shop.ServiceType;

/** A made-up 送り状 (two order lines) for the template editor's sample output. */
final class SampleLabel {

    private SampleLabel() {
    }

    static ShippingLabel create() {
        LabelParty recipient = new LabelParty("山田 太郎", "ヤマダ タロウ", "150-0002", "東京都", "渋谷区渋谷1-2-3", "サンプルビル 4F",
                "03-1234-5678");
        LabelParty sender = new LabelParty("サンプルショップ", "サンプルショップ", "530-0001", "大阪府", "大阪市北区梅田1-1-1", "",
                "06-1234-5678");
        return new ShippingLabel(1001, "123456-20260501-0000001", "SAMPLE", "サンプルショップ 楽天市場店", Mall.RAKUTEN,
                Instant.parse("2026-05-01T01:15:00Z"), 2001, 1, "2001", recipient, sender, recipient, "taro@example.jp",
                "YAMATO", ServiceType.TAKKYUBIN, "宅急便", "代金引換", true, 5_830, 530, 4_400, 800, 330, 5_530,
                LocalDate.of(2026, 5, 7), LocalDate.of(2026, 5, 9), "14:00-16:00", "", false, "夕方以降の配達を希望します", "", "",
                List.of(new LabelItem("tea-001", "TEA-001-M", "煎茶 100g", "容量:100g", 1_200, 2),
                        new LabelItem("cup-010", "CUP-010", "湯呑み", "色:白", 2_000, 1)),
                new CarrierAccount("012345678901", "", "01"));
    }
}
