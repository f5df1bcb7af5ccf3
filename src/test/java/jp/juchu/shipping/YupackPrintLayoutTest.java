package jp.juchu.shipping;

import static jp.juchu.shipping.TestLabel.label;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import jp.juchu.shop.ServiceType;
import org.junit.jupiter.api.Test;

class YupackPrintLayoutTest {

    private static final LabelParty RECIPIENT =
            new LabelParty("佐藤 一郎", "", "150-0002", "東京都", "渋谷区", "渋谷1-1", "03-0000-0000");

    private final YupackPrintLayout layout = new YupackPrintLayout();

    /** Long address over 住所1–3, 冷凍/チルド, 代引, ゆうパケット, time slots, several items, replaced characters. */
    static List<ShippingLabel> cases() {
        return List.of(
                label("Y100001").service(ServiceType.YUPACK)
                        .to("松本　陽菜", "086-000-1117", "700-0024", "岡山県", "岡山市北区",
                                "駅元町9999番地の99 サンプルグランドパレス岡山駅前ステーションフロントタワー棟 3303号室")
                        .on(LocalDate.of(2025, 5, 9)).slot("午前中")
                        .items("帆布トートバッグ M", "今治タオル フェイスタオル 2枚組", "綿混 靴下 3足組").note("同梱:Y100009").build(),
                label("Y100002").service(ServiceType.COOL_FROZEN)
                        .to("山\uFA11　\u5FB7子", "092\u2212000\u22121113", "810-0001", "福岡県", "福岡市中央区",
                                "天神9-9-9 \u9AD9島ビル№5 ㈱サンプル内")
                        .cod(8800, 800).slot("19-21").items("\uFA19戸プリン①②③セット", "\u6FF5田農園 みかん 5kg")
                        .note("配達前に電話\u00A0ください").build(),
                label("Y100003").service(ServiceType.YUPACKET)
                        .to("加藤 誠", "048-000-1109", "330-0063", "埼玉県", "さいたま市浦和区", "高砂9-9-9")
                        .on(LocalDate.of(2025, 5, 9)).slot("1416").items("綿混 靴下 3足組").build(),
                label("Y100004").service(ServiceType.COOL_CHILLED)
                        .to("伊藤　美咲", "011-000-1104", "0600042", "北海道", "札幌市中央区", "大通西99-9 サンプルタワー1204")
                        .on(LocalDate.of(2025, 5, 10)).slot("12時～14時").items("生チョコレート 抹茶 12粒").note("=冷蔵庫へ").build());
    }

    @Test
    void writesTheCasesByteForByte() throws IOException {
        assertThat(cases()).allSatisfy(label -> assertThat(layout.problem(label)).isEmpty());

        GoldenFile.assertMatches(write(cases(), ExportOptions.DEFAULT), "yupack_cases.csv");
    }

    @Test
    void removingAddressSpacesBeforeTheAddressFlowsOverTheFields() throws IOException {
        GoldenFile.assertMatches(write(cases(), new ExportOptions(true)), "yupack_cases_no_spaces.csv");
    }

    @Test
    void warnsAboutWhatItLeftOutOrReplaced() {
        List<ShippingLabel> cases = cases();

        assertThat(layout.warnings(cases.get(0), ExportOptions.DEFAULT)).isEmpty();
        assertThat(layout.warnings(cases.get(1), ExportOptions.DEFAULT)).contains(
                "お届け先 住所: 「髙」を「高」に置き換えました", "お届け先 名称: 「德」を「徳」に置き換えました",
                "品名: 「\uFA19」を「神」に置き換えました");
        assertThat(layout.warnings(cases.get(2), ExportOptions.DEFAULT))
                .containsExactly("お届け日時: ゆうパケットはお届け日・時間帯を指定できないため出力しませんでした");
    }

    @Test
    void labelsYupackPrintCannotPrintAreProblemsWithAReason() {
        assertThat(layout.problem(label("Y1").to(RECIPIENT).service(ServiceType.YUPACKET).cod(1000, 90).build()))
                .contains("ゆうパケットは代金引換に対応していません");
        assertThat(layout.problem(label("Y2").to(RECIPIENT).service(ServiceType.NEKOPOS).build()))
                .contains("「ネコポス」はゆうパックプリントRで発行できない配送方法です");
        assertThat(layout.problem(label("Y2").to(RECIPIENT).service(ServiceType.CLICKPOST).build()))
                .contains("「クリックポスト」はゆうパックプリントRで発行できない配送方法です");
        assertThat(layout.problem(label("1234567890123456").to(RECIPIENT).service(ServiceType.YUPACK).build()))
                .contains("お客様側管理番号「1234567890123456」は半角英数字15桁以内でなければなりません");
        assertThat(layout.problem(label("Y3").to("佐藤 一郎", "03-0000-0000", "150-0002", "東京都", "", "")
                .service(ServiceType.YUPACK).build())).contains("お届け先の住所がありません");
        assertThat(layout.problem(label("Y4").to(RECIPIENT).service(ServiceType.YUMAIL).build())).isEmpty();
    }

    private byte[] write(List<ShippingLabel> labels, ExportOptions options) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        layout.write(labels, options, out);
        return out.toByteArray();
    }
}
