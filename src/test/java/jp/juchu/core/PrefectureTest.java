package jp.juchu.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PrefectureTest {

    @Test
    void fortySevenInJisOrder() {
        assertThat(Prefecture.values()).hasSize(47);
        assertThat(Prefecture.HOKKAIDO.code()).isEqualTo(1);
        assertThat(Prefecture.TOKYO.code()).isEqualTo(13);
        assertThat(Prefecture.OKINAWA.code()).isEqualTo(47);
        assertThat(Prefecture.OKINAWA.japaneseName()).isEqualTo("沖縄県");
    }

    @ParameterizedTest
    @CsvSource({"東京都,TOKYO", "東京,TOKYO", "京都府,KYOTO", "京都,KYOTO", "大阪,OSAKA", "北海道,HOKKAIDO",
        "'　神奈川県 ',KANAGAWA", "鹿児島,KAGOSHIMA", "Tokyo,TOKYO", "TOKYO-TO,TOKYO", "Kyoto,KYOTO",
        "kyoto-fu,KYOTO", "Osaka fu,OSAKA", "Hokkaido,HOKKAIDO"})
    void findsByName(String name, Prefecture expected) {
        assertThat(Prefecture.fromName(name)).contains(expected);
    }

    @Test
    void unknownNames() {
        assertThat(Prefecture.fromName("北海")).isEmpty();
        assertThat(Prefecture.fromName("東京市")).isEmpty();
        assertThat(Prefecture.fromName("")).isEmpty();
        assertThat(Prefecture.fromName(null)).isEmpty();
    }

    @Test
    void everyNameRoundTrips() {
        for (Prefecture prefecture : Prefecture.values()) {
            assertThat(Prefecture.fromName(prefecture.japaneseName())).contains(prefecture);
            assertThat(Prefecture.fromName(prefecture.stem())).contains(prefecture);
        }
    }

    @Test
    void atStartOfAnAddress() {
        assertThat(Prefecture.atStartOf("東京都渋谷区渋谷9-98-1")).contains(Prefecture.TOKYO);
        assertThat(Prefecture.atStartOf("京都市中京区")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"100,東京都", "060,北海道", "900,沖縄県", "530,大阪府", "980,宮城県", "150,東京都", "153,東京都",
        "220,神奈川県", "260,千葉県", "330,埼玉県", "380,長野県", "460,愛知県", "650,兵庫県", "700,岡山県",
        "730,広島県", "760,香川県", "810,福岡県", "890,鹿児島県", "907,沖縄県", "920,石川県", "950,新潟県",
        "010,秋田県", "020,岩手県", "030,青森県", "990,山形県", "960,福島県", "300,茨城県", "320,栃木県",
        "370,群馬県", "400,山梨県", "420,静岡県", "500,岐阜県", "514,三重県", "520,滋賀県", "600,京都府",
        "630,奈良県", "640,和歌山県", "680,鳥取県", "690,島根県", "753,山口県", "770,徳島県", "780,高知県",
        "790,愛媛県", "840,佐賀県", "850,長崎県", "860,熊本県", "870,大分県", "880,宮崎県", "910,福井県",
        "930,富山県", "817,長崎県", "685,島根県"})
    void postalPrefixTable(String prefix, String prefecture) {
        assertThat(PostalPrefixTable.prefecturesOf(Integer.parseInt(prefix)).get(0).japaneseName())
                .isEqualTo(prefecture);
    }

    @Test
    void everyPrefectureHasAPostalArea() {
        Set<Prefecture> covered = EnumSet.noneOf(Prefecture.class);
        for (int prefix = 1; prefix < 1000; prefix++) {
            covered.addAll(PostalPrefixTable.prefecturesOf(prefix));
        }
        assertThat(covered).containsExactlyInAnyOrder(Prefecture.values());
        assertThat(PostalPrefixTable.prefecturesOf(0)).isEmpty();
        assertThat(PostalPrefixTable.prefecturesOf(1000)).isEmpty();
        assertThat(PostalPrefixTable.prefecturesOf(498)).containsExactly(Prefecture.AICHI, Prefecture.MIE);
    }
}
