package jp.juchu.shipping;

import static jp.juchu.shipping.TestLabel.label;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import jp.juchu.shop.ServiceType;
import org.junit.jupiter.api.Test;

class B2CloudLayoutTest {

    private final B2CloudLayout layout = new B2CloudLayout();

    /**
     * The 18 labels behind the shared sample b2_import_sample.csv (rakuten/yahoo/amazon sample orders), with the
     * texts as an order stores them: names with a full-width space, 髙橋, the gift item with "," and '"', 楽天
     * time slot codes, Yahoo's "14:00-16:00" and "午前中", a postal code without hyphen. The sample's Yahoo and
     * Amazon rows carry the fixed 品名 "雑貨", so those labels have that one item.
     */
    static List<ShippingLabel> sampleLabels() {
        return List.of(
                label("399999-20250501-1000007919")
                        .to(new LabelParty("佐藤　一郎", "サトウ　イチロウ", "150-0002", "東京都", "渋谷区",
                                "渋谷9-98-1 グリーンコート305", "090-0000-1101"))
                        .items("静岡深蒸し煎茶 100g", "波佐見焼 マグカップ 藍", "今治タオル フェイスタオル 2枚組")
                        .note("同梱:399999-20250501-1000015838").build(),
                label("399999-20250501-1000031676")
                        .to("田中　健太", "070-0000-1103", "460-0008", "愛知県", "名古屋市中区", "栄9-90-3")
                        .cod(6902, 627).on(LocalDate.of(2025, 5, 8)).slot("1")
                        .items("新潟県産コシヒカリ 5kg", "有機ほうじ茶 ティーバッグ 20袋").build(),
                label("399999-20250501-1000039595")
                        .to("伊藤　美咲", "011-000-1104", "060-0042", "北海道", "札幌市中央区", "大通西99-9 サンプルタワー1204")
                        .items("無添加石けん 3個セット").build(),
                label("399999-20250502-1000063352")
                        .to("中村　翔", "082-000-1107", "730-0011", "広島県", "広島市中区", "基町99-1")
                        .on(LocalDate.of(2025, 5, 10)).slot("1820")
                        .items("ギフトセット 煎茶・湯呑, 桐箱入り \"特撰\"").build(),
                label("399999-20250502-1000071271")
                        .to("石井　芳子", "03-0000-1123", "100-0005", "東京都", "千代田区", "丸の内9-9-9")
                        .items("静岡深蒸し煎茶 100g", "波佐見焼 マグカップ 藍").build(),
                label("399999-20250502-1000071271")
                        .to("前田　清", "098-000-1124", "900-0015", "沖縄県", "那覇市", "久茂地9-9-9")
                        .items("静岡深蒸し煎茶 100g").build(),
                label("399999-20250502-1000095028")
                        .to("髙橋　葵", "025-000-1112", "950-0087", "新潟県", "新潟市中央区", "東大通9-9-9")
                        .items("今治タオル フェイスタオル 2枚組").build(),
                label("399999-20250502-1000110866")
                        .to("池田　海斗", "04998-0-0114", "100-2101", "東京都", "小笠原村", "父島字サンプル9-9")
                        .items("新潟県産コシヒカリ 5kg").build(),
                label("399999-20250503-1000134623")
                        .to("林　拓海", "099-000-1119", "890-0053", "鹿児島県", "鹿児島市", "中央町99-9")
                        .items("ギフトセット 煎茶・湯呑, 桐箱入り \"特撰\"").build(),
                label("399999-20250503-1000142542")
                        .to("清水　陽子", "087-000-1120", "760-0019", "香川県", "高松市", "サンポート9-9")
                        .items("静岡深蒸し煎茶 100g").build(),
                label("399999-20250504-1000166299")
                        .to("山田　太郎", "078-000-1111", "650-0044", "兵庫県", "神戸市中央区", "東川崎町9-9-9")
                        .cod(4038, 367).slot("1921")
                        .items("有機ほうじ茶 ティーバッグ 20袋", "無添加石けん 3個セット").build(),
                label("399999-20250504-1000190056")
                        .to("鈴木　花子", "080-0000-1102", "530-0001", "大阪府", "大阪市北区", "梅田9-9-90 メゾン桜202")
                        .service(ServiceType.COOL_CHILLED).items("生チョコレート 抹茶 12粒").build(),
                label("399999-20250505-1000205894")
                        .to("伊藤　美咲", "011-000-1104", "060-0042", "北海道", "札幌市中央区", "大通西99-9 サンプルタワー1204")
                        .service(ServiceType.NEKOPOS).items("静岡深蒸し煎茶 100g").build(),
                label("399999-20250507-1000237570")
                        .to("吉田　恵", "043-000-1110", "260-0013", "千葉県", "千葉市中央区", "中央9-9-9 コーポ千葉203")
                        .cod(4254, 386).on(LocalDate.of(2025, 5, 9)).slot("1")
                        .items("静岡深蒸し煎茶 100g", "有機ほうじ茶 ティーバッグ 20袋", "無添加石けん 3個セット").build(),
                label("samplezakka-10000102")
                        .to("阿部　真央", "03-0000-1122", "160-0022", "東京都", "新宿区", "新宿9-9-9 新宿サンプルビル7F")
                        .on(LocalDate.of(2025, 5, 6)).slot("14:00-16:00").items("雑貨").build(),
                label("samplezakka-10000103")
                        .to("林　拓海", "099-000-1119", "8900053", "鹿児島県", "鹿児島市", "中央町99-9")
                        .cod(4310, 391).slot("午前中").items("雑貨").build(),
                label("249-9411384-6670874")
                        .to("加藤 誠", "048-000-1109", "330-0063", "埼玉県", "さいたま市浦和区", "高砂9-9-9")
                        .cod(4310, 391).items("雑貨").build(),
                label("249-8838393-3858075")
                        .to("阿部 真央", "03-0000-1122", "160-0022", "東京都", "新宿区", "新宿9-9-9 新宿サンプルビル7F")
                        .items("雑貨").build());
    }

    @Test
    void reproducesTheSharedB2SampleByteForByte() throws IOException {
        List<ShippingLabel> labels = sampleLabels();
        assertThat(labels).allSatisfy(label -> assertThat(layout.problem(label)).isEmpty());

        assertThat(write(labels, ExportOptions.DEFAULT)).isEqualTo(resource("b2_import_sample.csv"));
    }

    @Test
    void reportsWhatItChangedInTheSampleLabels() {
        List<ShippingLabel> labels = sampleLabels();

        assertThat(layout.warnings(labels.get(6), ExportOptions.DEFAULT)).containsExactly("お届け先名: 「髙」を「高」に置き換えました");
        assertThat(layout.warnings(labels.get(0), ExportOptions.DEFAULT)).isEmpty();
    }

    static byte[] resource(String name) throws IOException {
        try (InputStream in = B2CloudLayoutTest.class.getResourceAsStream("/shipping/" + name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }

    private byte[] write(List<ShippingLabel> labels, ExportOptions options) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        layout.write(labels, options, out);
        return out.toByteArray();
    }
}
