package jp.juchu.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.juchu.core.PostalCode;
import jp.juchu.core.Prefecture;
import jp.juchu.shop.PostalAddress;
import org.junit.jupiter.api.Test;

/** The address check with uploaded KEN_ALL data (an in-memory stand-in for the table). */
class PostalDataCheckTest {

    static final List<PostalAddress> DATA = List.of(
            new PostalAddress("1500002", Prefecture.TOKYO, "渋谷区", "渋谷"),
            new PostalAddress("5300001", Prefecture.OSAKA, "大阪市北区", "梅田"),
            new PostalAddress("5410041", Prefecture.OSAKA, "大阪市中央区", "北浜"),
            new PostalAddress("1980212", Prefecture.TOKYO, "西多摩郡奥多摩町", "氷川"),
            new PostalAddress("1001511", Prefecture.TOKYO, "八丈島八丈町", "三根"));

    static final PostalData KEN_ALL = new PostalData() {
        @Override
        public boolean loaded() {
            return true;
        }

        @Override
        public List<PostalAddress> find(PostalCode code) {
            return DATA.stream().filter(a -> a.postalCode().equals(code.digits())).toList();
        }

        @Override
        public List<String> cities(Prefecture prefecture) {
            return DATA.stream().filter(a -> a.prefecture() == prefecture).map(PostalAddress::city).distinct()
                    .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        }
    };

    static Contact contact(String postal, String prefecture, String city, String street) {
        return new Contact("受注\u3000花子", null, postal, prefecture, city, street, "090-1234-5678");
    }

    static List<String> check(Contact contact) {
        return OrderCheckRules.address("送付先", contact, KEN_ALL);
    }

    @Test
    void aCodeThatExistsInThePrefectureAndCityPasses() {
        assertThat(check(contact("150-0002", "東京都", "渋谷区", "渋谷1-2-3"))).isEmpty();
        assertThat(check(contact("530-0001", "大阪府", "大阪市北区", "梅田1-1"))).isEmpty();
    }

    @Test
    void aCodeMissingFromTheDataIsAnErrorEvenWhenItsPrefixFitsThePrefecture() {
        assertThat(check(contact("150-0099", "東京都", "渋谷区", "渋谷1-2-3")))
                .containsExactly("送付先の郵便番号「150-0099」は日本郵便の郵便番号データにありません");
    }

    @Test
    void aCodeOfAnotherPrefectureNamesWhereItBelongs() {
        assertThat(check(contact("530-0001", "東京都", "渋谷区", "渋谷1-2-3")))
                .containsExactly("送付先の郵便番号「530-0001」は大阪府大阪市北区梅田の番号です（住所の都道府県は東京都です）");
    }

    @Test
    void anAddressStartingWithAnotherCityOfThePrefectureIsAnError() {
        assertThat(check(contact("530-0001", "大阪府", "大阪市中央区", "北浜2-1")))
                .containsExactly("送付先の住所「大阪市中央区北浜2-1」は大阪市中央区ですが、郵便番号「530-0001」は大阪市北区梅田の番号です");
    }

    @Test
    void cityIsMatchedWithOrWithoutItsCountyAndUnknownCityNamesAreNotJudged() {
        assertThat(check(contact("198-0212", "東京都", "奥多摩町", "氷川1"))).isEmpty();
        assertThat(check(contact("198-0212", "東京都", "西多摩郡奥多摩町", "氷川1"))).isEmpty();
        assertThat(check(contact("150-0002", "東京都", "シブヤ", "1-2-3"))).isEmpty();
        assertThat(check(contact("150-0002", "東京都", "東京都渋谷区", "渋谷1-2-3"))).isEmpty();
    }

    @Test
    void withoutDataTheBundledPrefixTableDecides() {
        assertThat(OrderCheckRules.address("送付先", contact("150-0099", "東京都", "渋谷区", "渋谷1"), PostalData.NONE)).isEmpty();
        assertThat(OrderCheckRules.address("送付先", contact("530-0001", "東京都", "渋谷区", "渋谷1"), PostalData.NONE))
                .containsExactly("送付先の郵便番号「530-0001」は東京都の番号ではありません（大阪府の番号です）");
    }

    @Test
    void theRulesUseTheDataForOrdererAndRecipients() {
        OrderCheckRules rules = new OrderCheckRules(new DeliveryLeadTime(OrderCheckRulesTest.WEEKDAYS, OrderCheckRulesTest.MONDAY_MORNING,
                LocalTime.NOON, 1), (c, e) -> Optional.empty(), KEN_ALL);
        Order order = OrderCheckRulesTest.order(contact("150-0002", "東京都", "渋谷区", "渋谷1"),
                contact("530-0001", "大阪府", "大阪市中央区", "北浜2-1"), "CARD", "YAMATO", (LocalDate) null, false, null, false);
        Map<CheckFlag, String> found = rules.evaluate(order);
        assertThat(found).containsOnlyKeys(CheckFlag.ADDRESS_ERROR);
        assertThat(found.get(CheckFlag.ADDRESS_ERROR)).startsWith("送付先の住所「大阪市中央区北浜2-1」は大阪市中央区ですが");
    }
}
