package jp.juchu.shipping;

import static jp.juchu.shipping.TestLabel.label;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
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

    /** Long addresses, replaced characters, cool, コレクト, time slots B2 does not have, several items. */
    static List<ShippingLabel> cases() {
        return List.of(
                label("B2-LONG-1")
                        .to("松本　陽菜", "086-000-1117", "700-0024", "岡山県", "岡山市北区",
                                "駅元町9999番地の99 サンプルグランドパレス岡山駅前ステーションフロントタワー棟 3303号室")
                        .on(LocalDate.of(2025, 5, 9)).slot("14時～16時")
                        .items("帆布トートバッグ M", "今治タオル フェイスタオル 2枚組", "綿混 靴下 3足組").build(),
                label("B2-CHARS-2")
                        .to("山\uFA11　\u5FB7子", "092\u2212000\u22121113", "810-0001", "福岡県", "福岡市中央区",
                                "天神9-9-9 \u9AD9島ビル№5 ㈱サンプル内")
                        .service(ServiceType.COOL_FROZEN).slot("2")
                        .items("\uFA19戸プリン①②③セット \u301C季節限定\u301C", "\u6FF5田農園 みかん 5kg")
                        .note("不在時は宅配BOXへ\u00A0Ⅱ番 №12").build(),
                label("B2-CHARS-3")
                        .to("\uD842\uDFB7田　\uF9DC之", "083-000-1115", "750-0025", "山口県", "下関市", "\u6801町9-9 \u6FF5ハイツ⑳号")
                        .service(ServiceType.TAKKYUBIN_COMPACT).cod(3300, 300).on(LocalDate.of(2025, 5, 10))
                        .slot("12:00-14:00").items("みかん\uD83C\uDF4Aジュース 1L").note("+同梱 2点").build(),
                label("B2-MULTI-4")
                        .to("小林　さくら", "045-000-1121", "220-0012", "神奈川県", "横浜市西区", "みなとみらい9-9-9 テストレジデンス2801")
                        .from(new LabelParty("ジュチュウ商店", "じゅちゅうしょうてん", "1500002", "", "東京都渋谷区渋谷1-2-3",
                                "渋谷ジュチュウビル4F", "03-1234-5678"))
                        .service(ServiceType.GENERAL).on(LocalDate.of(2025, 5, 11)).slot("20時～21時")
                        .items("波佐見焼 マグカップ 藍", "無添加石けん 3個セット").build());
    }

    @Test
    void writesTheCasesByteForByte() throws IOException {
        assertThat(cases()).allSatisfy(label -> assertThat(layout.problem(label)).isEmpty());

        GoldenFile.assertMatches(write(cases(), ExportOptions.DEFAULT), "b2_cases.csv");
    }

    @Test
    void removingAddressSpacesJoinsTheBuildingToTheStreetBeforeTheLimitsApply() throws IOException {
        GoldenFile.assertMatches(write(cases(), new ExportOptions(true)), "b2_cases_no_spaces.csv");
    }

    @Test
    void warnsAboutEverythingItChanged() {
        List<ShippingLabel> cases = cases();

        assertThat(layout.warnings(cases.get(0), ExportOptions.DEFAULT)).containsExactly(
                "お届け先住所（アパートマンション名）: 32バイトを超えるため「テーションフロントタワー棟 3303号室」を省きました");
        assertThat(layout.warnings(cases.get(0), new ExportOptions(true))).containsExactly(
                "お届け先住所: 48バイトを超えるため「ドパレス岡山駅前ステーションフロントタワー棟3303号室」をお届け先住所（アパートマンション名）の欄へ移しました",
                "お届け先住所（アパートマンション名）: 32バイトを超えるため「ントタワー棟3303号室」を省きました");
        assertThat(layout.warnings(cases.get(1), ExportOptions.DEFAULT)).containsExactly(
                "お届け時間帯: 「2」はB2クラウドの時間帯にないため指定なしで出力しました",
                "お届け先住所: 「髙」を「高」に置き換えました",
                "お届け先住所: 「№」を「No.」に置き換えました",
                "お届け先住所: 「㈱」を「(株)」に置き換えました",
                "お届け先名: 「﨑」を「崎」に置き換えました",
                "お届け先名: 「德」を「徳」に置き換えました",
                "品名１: 「\uFA19」を「神」に置き換えました",
                "品名１: 「①」を「(1)」に置き換えました",
                "品名１: 「②」を「(2)」に置き換えました",
                "品名１: 「③」を「(3)」に置き換えました",
                "記事: 「Ⅱ」を「II」に置き換えました",
                "記事: 「№」を「No.」に置き換えました");
        assertThat(layout.warnings(cases.get(2), ExportOptions.DEFAULT)).contains(
                "お届け時間帯: 12時～14時はB2クラウドの時間帯にないため指定なしで出力しました",
                "お届け先名: 「\uD842\uDFB7」を「吉」に置き換えました",
                "品名１: 「\uD83C\uDF4A」(U+1F34A)は配送伝票に印字できないため「〓」にしました");
        assertThat(layout.warnings(cases.get(3), ExportOptions.DEFAULT)).containsExactly(
                "お届け時間帯: 20時～21時はB2クラウドの時間帯にないため19時～21時（1921）で出力しました");
    }

    @Test
    void labelsB2CannotPrintAreProblemsWithAReason() {
        assertThat(layout.problem(label("P1").to(RECIPIENT).service(ServiceType.NEKOPOS).cod(1000, 90).items("a").build()))
                .contains("ネコポスは代金引換（コレクト）に対応していません");
        assertThat(layout.problem(label("P2").to(RECIPIENT).service(ServiceType.YUPACKET).items("a").build()))
                .contains("「ゆうパケット」はB2クラウドで発行できない配送方法です");
        assertThat(layout.problem(label("P3").to(RECIPIENT).service(ServiceType.HIKYAKU).items("a").build()))
                .contains("「飛脚宅配便」はB2クラウドで発行できない配送方法です");
        assertThat(layout.problem(label("P4").to(RECIPIENT).service(null).items("a").build()))
                .contains("配送方法のサービス種別が未設定です");
        assertThat(layout.problem(label("P5").to(RECIPIENT).cod(300_001, 27_272).items("a").build()))
                .contains("代金引換の金額300001円がB2クラウドの上限300,000円を超えています");
        assertThat(layout.problem(label("P6").to(RECIPIENT).cod(300_000, 27_272).items("a").build())).isEmpty();
        assertThat(layout.problem(label("P7").to("佐藤 一郎", "", "150-0002", "東京都", "渋谷区", "渋谷1-1").items("a").build()))
                .contains("お届け先の電話番号がありません");
        assertThat(layout.problem(label("P8").to("佐藤 一郎", "03-0000-0000", "153-001", "東京都", "目黒区", "目黒1-1")
                .items("a").build())).contains("お届け先の郵便番号「153-001」が7桁ではありません");
        assertThat(layout.problem(label("P9").to("佐藤 一郎", "03-0000-0000", "", "東京都", "目黒区", "目黒1-1")
                .items("a").build())).contains("お届け先の郵便番号がありません");
        assertThat(layout.problem(label("P10").to(RECIPIENT).from(new LabelParty("店", "", "150-0002", "", "東京都渋谷区", "", ""))
                .items("a").build())).contains("ご依頼主の電話番号がありません（店舗プロフィールを確認してください）");
        assertThat(layout.problem(label("P11").to(RECIPIENT).items("a").account(CarrierAccount.NONE).build()))
                .contains("B2クラウドのご請求先顧客コードが設定されていません");
        assertThat(layout.problem(label("P12").to(RECIPIENT).items("a").shipDate(null).build())).contains("出荷予定日がありません");
        assertThat(layout.problem(label("P13").to(RECIPIENT).build())).contains("品名にする商品がありません");
        assertThat(layout.problem(label("注文 1").to(RECIPIENT).items("a").build()))
                .contains("お客様管理番号「注文 1」は半角英数字50桁以内でなければなりません");
    }

    @Test
    void refusesToWriteALabelWithAProblem() {
        ShippingLabel yupacket = label("P2").to(RECIPIENT).service(ServiceType.YUPACKET).items("a").build();

        assertThat(layout.warnings(yupacket, ExportOptions.DEFAULT)).isEmpty();
        assertThatThrownBy(() -> write(List.of(yupacket), ExportOptions.DEFAULT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("送り状「P2」はB2クラウドに出力できません: 「ゆうパケット」はB2クラウドで発行できない配送方法です");
    }

    @Test
    void nekoposHasNoDeliveryDateOrTime() throws IOException {
        ShippingLabel nekopos = label("N1").to(RECIPIENT).service(ServiceType.NEKOPOS).on(LocalDate.of(2025, 5, 9))
                .slot("午前中").items("a").build();

        assertThat(layout.warnings(nekopos, ExportOptions.DEFAULT))
                .containsExactly("お届け日時: ネコポスはお届け日・時間帯を指定できないため出力しませんでした");
        String row = new String(write(List.of(nekopos), ExportOptions.DEFAULT), CarrierText.WINDOWS_31J).split("\r\n")[1];
        assertThat(row).startsWith("\"N1\",\"A\",\"0\",\"\",\"2025/05/07\",\"\",\"\",");
    }

    private static final LabelParty RECIPIENT =
            new LabelParty("佐藤 一郎", "", "150-0002", "東京都", "渋谷区", "渋谷1-1", "03-0000-0000");

    @Test
    void reproducesTheSharedB2SampleByteForByte() throws IOException {
        List<ShippingLabel> labels = sampleLabels();
        assertThat(labels).allSatisfy(label -> assertThat(layout.problem(label)).isEmpty());

        GoldenFile.assertMatches(write(labels, ExportOptions.DEFAULT), "b2_import_sample.csv");
    }

    @Test
    void reportsWhatItChangedInTheSampleLabels() {
        List<ShippingLabel> labels = sampleLabels();

        assertThat(layout.warnings(labels.get(6), ExportOptions.DEFAULT)).containsExactly("お届け先名: 「髙」を「高」に置き換えました");
        assertThat(layout.warnings(labels.get(0), ExportOptions.DEFAULT)).isEmpty();
    }


    private byte[] write(List<ShippingLabel> labels, ExportOptions options) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        layout.write(labels, options, out);
        return out.toByteArray();
    }
}
