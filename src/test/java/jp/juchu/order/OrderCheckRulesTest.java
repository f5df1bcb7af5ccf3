package jp.juchu.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.juchu.core.Prefecture;
import jp.juchu.shop.BusinessCalendar;
import jp.juchu.shop.CalendarRules;
import org.junit.jupiter.api.Test;

class OrderCheckRulesTest {

    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    /** Monday 2026-11-30 10:00 in Tokyo. */
    static final Clock MONDAY_MORNING = Clock.fixed(Instant.parse("2026-11-30T01:00:00Z"), TOKYO);
    static final BusinessCalendar WEEKDAYS = new BusinessCalendar((from, to) ->
            new CalendarRules(from, to, Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), Map.of(), Set.of(), Set.of()));

    static OrderCheckRules rules(Clock clock, Optional<CautionCustomers.Match> caution) {
        return new OrderCheckRules(new DeliveryLeadTime(WEEKDAYS, clock, LocalTime.NOON, 1), (contact, email) -> caution);
    }

    static OrderCheckRules rules() {
        return rules(MONDAY_MORNING, Optional.empty());
    }

    static Contact contact(String postal, String prefecture) {
        return new Contact("受注\u3000花子", null, postal, prefecture, "渋谷区", "渋谷1-2-3", "090-1234-5678");
    }

    static Order order(Contact orderer, Contact recipient, String paymentCode, String deliveryCode, LocalDate requested,
                       boolean confirming, String warning, boolean island) {
        LineDetails line = new LineDetails("i", "A-1", "煎茶", null, 1000, 1, 8);
        ShipmentDetails shipment = new ShipmentDetails("1", recipient, deliveryCode, "宅配便", requested, null, null, 0, 0, 1000,
                List.of(line));
        OrderDetails details = new OrderDetails("T-1", OrderSource.CSV, Instant.parse("2026-11-29T00:00:00Z"), "発送待ち",
                orderer, "hanako@example.jp", paymentCode, "クレジットカード", null,
                new OrderAmounts(1000, 0, 0, 0, 0, 0, 0, 0, 0, 1000), false, null, null, null, confirming, warning, island,
                List.of(shipment));
        return Order.register(1, details, "hash", Instant.parse("2026-11-29T00:00:00Z"));
    }

    static Order clean() {
        return order(contact("150-0002", "東京都"), contact("530-0001", "大阪府"), "CARD", "YAMATO", null, false, null, false);
    }

    static Order withDate(LocalDate requested, String recipientPrefecture, String postal, boolean island) {
        return order(contact("150-0002", "東京都"), contact(postal, recipientPrefecture), "CARD", "YAMATO", requested, false, null, island);
    }

    @Test
    void aCleanOrderHasNoFlag() {
        assertThat(rules().evaluate(clean())).isEmpty();
    }

    @Test
    void addressErrorNamesTheMismatchingPostalCodeAndBothPrefectures() {
        Order order = order(contact("150-0002", "東京都"), contact("100-0005", "大阪府"), "CARD", "YAMATO", null, false, null, false);
        assertThat(rules().evaluate(order)).containsOnlyKeys(CheckFlag.ADDRESS_ERROR);
        assertThat(rules().evaluate(order).get(CheckFlag.ADDRESS_ERROR))
                .isEqualTo("送付先の郵便番号「100-0005」は大阪府の番号ではありません（東京都の番号です）");
    }

    @Test
    void addressErrorForMissingInvalidAndUnknownValuesOfOrdererAndRecipient() {
        assertThat(OrderCheckRules.address("注文者", contact(null, "東京都"))).containsExactly("注文者の郵便番号がありません");
        assertThat(OrderCheckRules.address("注文者", contact("153-001", "東京都")))
                .containsExactly("注文者の郵便番号「153-001」の形式が正しくありません（例: 150-0002）");
        assertThat(OrderCheckRules.address("送付先", contact("150-0002", null))).containsExactly("送付先の都道府県がありません");
        assertThat(OrderCheckRules.address("送付先", contact("150-0002", "トウキョウ")))
                .containsExactly("送付先の都道府県「トウキョウ」を認識できません");
        assertThat(OrderCheckRules.address("送付先", contact("1500002", "東京都"))).isEmpty();
        Order both = order(contact("153-001", "東京都"), contact("", "東京都"), "CARD", "YAMATO", null, false, null, false);
        assertThat(rules().evaluate(both).get(CheckFlag.ADDRESS_ERROR))
                .isEqualTo("注文者の郵便番号「153-001」の形式が正しくありません（例: 150-0002）、送付先の郵便番号がありません");
    }

    @Test
    void mappingErrorsNameTheRawMallName() {
        Order order = order(contact("150-0002", "東京都"), contact("150-0002", "東京都"), null, null, null, false, null, false);
        Map<CheckFlag, String> found = rules().evaluate(order);
        assertThat(found.get(CheckFlag.PAYMENT_MAPPING_ERROR)).isEqualTo("支払方法「クレジットカード」が支払方法設定で対応付けられていません（支払方法変換エラー）");
        assertThat(found.get(CheckFlag.DELIVERY_MAPPING_ERROR)).isEqualTo("配送方法「宅配便」が配送方法設定で対応付けられていません（配送方法変換エラー）");
    }

    @Test
    void deliveryDateBeforeTheEarliestPossibleOrInThePastIsAnError() {
        assertThat(rules().evaluate(withDate(LocalDate.of(2026, 12, 1), "東京都", "150-0002", false))).isEmpty();
        assertThat(rules().evaluate(withDate(LocalDate.of(2026, 11, 30), "東京都", "150-0002", false)).get(CheckFlag.DELIVERY_DATE_ERROR))
                .isEqualTo("お届け希望日 2026-11-30 には間に合いません（最短お届け日 2026-12-01：出荷日 2026-11-30 + 1日）");
        assertThat(rules().evaluate(withDate(LocalDate.of(2026, 11, 1), "東京都", "150-0002", false)).get(CheckFlag.DELIVERY_DATE_ERROR))
                .isEqualTo("お届け希望日 2026-11-01 は過去の日付です");
    }

    @Test
    void hokkaidoOkinawaAndIslandsNeedADayMore() {
        assertThat(rules().evaluate(withDate(LocalDate.of(2026, 12, 1), "北海道", "060-0042", false)))
                .containsKey(CheckFlag.DELIVERY_DATE_ERROR);
        assertThat(rules().evaluate(withDate(LocalDate.of(2026, 12, 2), "北海道", "060-0042", false))).isEmpty();
        assertThat(rules().evaluate(withDate(LocalDate.of(2026, 12, 1), "沖縄県", "900-0015", false)))
                .containsKey(CheckFlag.DELIVERY_DATE_ERROR);
        assertThat(rules().evaluate(withDate(LocalDate.of(2026, 12, 1), "東京都", "100-2101", true)))
                .containsKeys(CheckFlag.DELIVERY_DATE_ERROR, CheckFlag.REMOTE_ISLAND);
    }

    @Test
    void afterTheCutoffOrOnAWeekendTheOrderShipsOnTheNextBusinessDay() {
        Clock mondayAfternoon = Clock.fixed(Instant.parse("2026-11-30T05:00:00Z"), TOKYO);
        DeliveryLeadTime afternoon = new DeliveryLeadTime(WEEKDAYS, mondayAfternoon, LocalTime.NOON, 1);
        assertThat(afternoon.shippingDay()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(afternoon.earliestDelivery(Prefecture.TOKYO, false)).isEqualTo(LocalDate.of(2026, 12, 2));
        Clock saturdayMorning = Clock.fixed(Instant.parse("2026-11-28T00:00:00Z"), TOKYO);
        DeliveryLeadTime saturday = new DeliveryLeadTime(WEEKDAYS, saturdayMorning, LocalTime.NOON, 2);
        assertThat(saturday.shippingDay()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(saturday.earliestDelivery(Prefecture.OKINAWA, false)).isEqualTo(LocalDate.of(2026, 12, 3));
    }

    @Test
    void cautionCustomerReasonCarriesTheWarningText() {
        OrderCheckRules caution = rules(MONDAY_MORNING, Optional.of(new CautionCustomers.Match(7, "電話番号 09012345678", "受取拒否2回")));
        assertThat(caution.evaluate(clean()).get(CheckFlag.CAUTION_CUSTOMER))
                .isEqualTo("注文者「受注\u3000花子」は要注意顧客です（電話番号 09012345678で一致）: 受取拒否2回");
    }

    @Test
    void mallWarningsAndRemoteIslandAreReported() {
        Order order = order(contact("150-0002", "東京都"), contact("150-0002", "東京都"), "CARD", "YAMATO", null, true,
                "楽天の警告表示があります（警告表示タイプ: 1）", true);
        Map<CheckFlag, String> found = rules().evaluate(order);
        assertThat(found.get(CheckFlag.MALL_WARNING)).isEqualTo("楽天確認中の注文です（楽天確認中フラグ）、楽天の警告表示があります（警告表示タイプ: 1）");
        assertThat(found.get(CheckFlag.REMOTE_ISLAND)).startsWith("離島への配送です（東京都渋谷区渋谷1-2-3）");
        assertThat(CheckFlag.REMOTE_ISLAND.isBlocking()).isFalse();
    }

    @Test
    void addressAndDateAreNotCheckedOnceTheOrderLeftTheShop() {
        Order order = withDate(LocalDate.of(2026, 11, 1), "大阪府", "100-0005", false);
        order.moveTo(OrderStatus.SHIPPING, Instant.now());
        assertThat(rules().evaluate(order)).isEmpty();
    }

    @Test
    void aCheckRunReplacesOnlyTheCheckedKinds() {
        Order order = clean();
        order.applyCheckResult(OrderCheckRules.CHECKED_KINDS, Map.of(CheckFlag.ADDRESS_ERROR, "x"), Instant.now());
        order.applyCheckResult(Set.of(CheckFlag.TAG_STOP), Map.of(CheckFlag.TAG_STOP, "tag"), Instant.now());
        order.applyCheckResult(OrderCheckRules.CHECKED_KINDS, rules().evaluate(order), Instant.now());
        assertThat(order.getFlagKinds()).containsExactly(CheckFlag.TAG_STOP);
    }
}
