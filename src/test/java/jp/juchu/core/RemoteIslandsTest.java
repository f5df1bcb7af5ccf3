package jp.juchu.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RemoteIslandsTest {

    static String area(String digits) {
        return RemoteIslands.areaOf(new PostalCode(digits)).orElse(null);
    }

    @Test
    void listedIslandsAreFoundByTheirLongestPrefix() {
        assertThat(area("1000101")).isEqualTo("東京都 伊豆大島（大島町）");
        assertThat(area("1002101")).isEqualTo("東京都 小笠原諸島（小笠原村）");
        assertThat(area("9520001")).isEqualTo("新潟県 佐渡島（佐渡市）");
        assertThat(area("9580061")).isEqualTo("新潟県 粟島（粟島浦村）");
        assertThat(area("9070004")).isEqualTo("沖縄県 八重山諸島（石垣市・竹富町・与那国町）");
        assertThat(area("8110000")).isNull();
        assertThat(area("8115100")).isEqualTo("長崎県 壱岐（壱岐市）");
    }

    @Test
    void theMainlandIsNotAnIsland() {
        assertThat(area("1000001")).as("千代田区").isNull();
        assertThat(area("1006090")).as("千代田区のビル").isNull();
        assertThat(area("9580062")).as("村上市").isNull();
        assertThat(area("9000015")).as("那覇市").isNull();
        assertThat(area("1500002")).isNull();
    }

    @Test
    void everyListedAreaLiesInAPrefectureItsPrefixServes() {
        for (String digits : new String[] {"1000101", "9520001", "6840403", "6850001", "8170001", "8115100", "8530001", "8913101",
            "8914201", "8916201", "8917101", "8919111", "8940001", "9013101", "9060001", "9070004"}) {
            PostalCode code = new PostalCode(digits);
            String prefecture = area(digits).split(" ")[0];
            assertThat(code.belongsTo(Prefecture.fromName(prefecture).orElseThrow())).as(digits).isTrue();
        }
    }
}
