package jp.juchu.shipping;

import static jp.juchu.shipping.TestLabel.label;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import jp.juchu.shop.ServiceType;
import org.junit.jupiter.api.Test;

class EhidenLayoutTest {

    private static final CarrierAccount SAGAWA = new CarrierAccount("123456789012", "", "");
    private static final LabelParty RECIPIENT =
            new LabelParty("佐藤 一郎", "", "150-0002", "東京都", "渋谷区", "渋谷1-1", "03-0000-0000");

    private final EhidenLayout layout = new EhidenLayout();

    /** Long address over 住所１–３, replaced characters, クール冷蔵/冷凍, 代引, time slots, six items, 半角カナ names. */
    static List<ShippingLabel> cases() {
        return List.of(
                label("100001").account(SAGAWA).service(ServiceType.HIKYAKU)
                        .to("松本　陽菜", "086-000-1117", "700-0024", "岡山県", "岡山市北区",
                                "駅元町9999番地の99 サンプルグランドパレス岡山駅前ステーションフロントタワー棟 3303号室")
                        .on(LocalDate.of(2025, 5, 9)).slot("1416")
                        .items("帆布トートバッグ M", "今治タオル フェイスタオル 2枚組", "綿混 靴下 3足組", "静岡深蒸し煎茶 100g",
                                "波佐見焼 マグカップ 藍", "無添加石けん 3個セット").build(),
                label("100002").account(SAGAWA).service(ServiceType.COOL_CHILLED)
                        .to("山\uFA11　\u5FB7子", "092\u2212000\u22121113", "810-0001", "福岡県", "福岡市中央区",
                                "天神9-9-9 \u9AD9島ビル№5 ㈱サンプル内")
                        .cod(5500, 500).slot("1").items("\uFA19戸プリン①②③セット").build(),
                label("100003").account(SAGAWA).service(ServiceType.COOL_FROZEN)
                        .to("ﾔﾏﾀﾞ ﾀﾛｳ", "0166-00-1234", "0700031", "北海道", "旭川市", "一条通9丁目 ｻﾝﾌﾟﾙﾋﾞﾙ2F")
                        .on(LocalDate.of(2025, 5, 12)).slot("18時～21時").items("いくら醤油漬け 500g").build(),
                label("100004").account(SAGAWA).service(ServiceType.GENERAL)
                        .to("小林　さくら", "045-000-1121", "220-0012", "神奈川県", "横浜市西区", "みなとみらい9-9-9 テストレジデンス2801")
                        .from(new LabelParty("ジュチュウ商店", "", "1500002", "", "東京都渋谷区渋谷1-2-3", "渋谷ジュチュウビル4F",
                                "03-1234-5678"))
                        .slot("20-21").items("波佐見焼 マグカップ 藍", "無添加石けん 3個セット").build());
    }

    @Test
    void writesTheCasesByteForByte() throws IOException {
        assertThat(cases()).allSatisfy(label -> assertThat(layout.problem(label)).isEmpty());

        GoldenFile.assertMatches(write(cases(), ExportOptions.DEFAULT), "ehiden_cases.csv");
    }

    @Test
    void removingAddressSpacesBeforeTheAddressFlowsOverTheFields() throws IOException {
        GoldenFile.assertMatches(write(cases(), new ExportOptions(true)), "ehiden_cases_no_spaces.csv");
    }

    @Test
    void warnsAboutWhatItLeftOutOrReplaced() {
        List<ShippingLabel> cases = cases();

        assertThat(layout.warnings(cases.get(0), ExportOptions.DEFAULT))
                .containsExactly("お届け先住所: 3欄に入りきらないため「ー棟　３３０３号室」を省きました");
        assertThat(layout.warnings(cases.get(1), ExportOptions.DEFAULT)).contains(
                "お届け先住所: 「髙」を「高」に置き換えました", "お届け先名称: 「﨑」を「崎」に置き換えました",
                "品名１: 「①」を「(1)」に置き換えました");
        assertThat(layout.warnings(cases.get(2), ExportOptions.DEFAULT)).isEmpty();
        assertThat(layout.warnings(cases.get(3), ExportOptions.DEFAULT))
                .containsExactly("お届け時間帯: 20時～21時はe飛伝の時間帯にないため19時～21時（19）で出力しました");
    }

    @Test
    void labelsEHidenCannotPrintAreProblemsWithAReason() {
        assertThat(layout.problem(label("399999-20250501-1000007919").to(RECIPIENT).service(ServiceType.HIKYAKU).build()))
                .contains("お客様管理ナンバー「399999-20250501-1000007919」は半角英数字16桁以内でなければなりません");
        assertThat(layout.problem(label("1").to(RECIPIENT).service(ServiceType.TAKKYUBIN).build()))
                .contains("「宅急便」はe飛伝で発行できない配送方法です");
        assertThat(layout.problem(label("2").to(RECIPIENT).service(ServiceType.HIKYAKU).cod(0, 0).build()))
                .contains("代金引換の金額が0円です");
        assertThat(layout.problem(label("3").to("佐藤 一郎", "03-0000-0000-0000-0", "150-0002", "東京都", "渋谷区", "渋谷1-1")
                .service(ServiceType.HIKYAKU).build())).contains("お届け先の電話番号「03-0000-0000-0000-0」が14桁を超えています");
        assertThat(layout.problem(label("4").to(RECIPIENT).service(ServiceType.HIKYAKU).build())).isEmpty();
    }

    private byte[] write(List<ShippingLabel> labels, ExportOptions options) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        layout.write(labels, options, out);
        return out.toByteArray();
    }
}
