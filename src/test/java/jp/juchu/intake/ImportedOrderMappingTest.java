package jp.juchu.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import jp.juchu.core.InvalidInputException;
import jp.juchu.core.Mall;
import jp.juchu.core.PhoneNumber;
import jp.juchu.core.PostalCode;
import jp.juchu.core.Prefecture;
import jp.juchu.order.Contact;
import jp.juchu.order.OrderAmounts;
import jp.juchu.order.OrderDetails;
import jp.juchu.order.OrderSource;
import jp.juchu.shop.DeliveryMethodRef;
import jp.juchu.shop.PaymentCategory;
import jp.juchu.shop.PaymentMethodRef;
import jp.juchu.shop.Resolution;
import org.junit.jupiter.api.Test;

class ImportedOrderMappingTest {

    static final Function<String, Resolution<PaymentMethodRef>> CARD =
            name -> new Resolution.Resolved<>(new PaymentMethodRef("CREDIT_CARD", "クレジットカード", PaymentCategory.CARD, true));
    static final Function<String, Resolution<DeliveryMethodRef>> YAMATO =
            name -> new Resolution.Resolved<>(new DeliveryMethodRef("YAMATO_TAKKYUBIN", "宅急便", null, null, true));

    static ImportedAddress tokyo() {
        return new ImportedAddress("150-0002", new PostalCode("1500002"), "東京都", Prefecture.TOKYO, "渋谷区", "渋谷1-2-3", "渋谷ビル4F");
    }

    static ImportedParty party(String family, String given, ImportedAddress address) {
        return new ImportedParty(family, given, "ジュチュウ", "タロウ", address, "09012345678", new PhoneNumber("09012345678"),
                "taro@example.jp");
    }

    static ImportedLine line(long price, int quantity, Integer taxRate) {
        return new ImportedLine("L1", "I1", "A-001", null, "煎茶", "サイズ:M", price, quantity, null, true, taxRate, null, 2);
    }

    static ImportedAmounts amounts(long tax, long couponTotal, long couponShop, long couponMall, long discount) {
        return new ImportedAmounts(3000, tax, 600, 330, 0, 100, couponTotal, couponShop, couponMall, discount, 3500, null, true);
    }

    static ImportedOrder order(ImportedParty orderer, ImportedAmounts amounts, Set<MallFlag> flags, List<ImportedLine> lines,
                               List<ImportIssue> notes) {
        ImportedShipment shipment = new ImportedShipment(null, party("受取", "花子", tokyo()), "御祝", ShipmentAmounts.NONE, lines);
        return new ImportedOrder(Mall.RAKUTEN, "R-1", "f.csv", 2, LocalDateTime.of(2026, 11, 20, 9, 0), "発送待ち", false, null,
                "クレジットカード", null, "宅配便", orderer, amounts,
                new RequestedDelivery(LocalDate.of(2026, 12, 5), "1416", null, null), true,
                List.of(new Wrapping("1", "包装紙", 220, true, "ギフト包装")), "一行目\n二行目", "メモ", flags, List.of(shipment), notes);
    }

    static ImportedOrder simple() {
        return order(party("受注", "太郎", tokyo()), amounts(0, 0, 0, 0, 0), Set.of(), List.of(line(1500, 2, null)), List.of());
    }

    @Test
    void contactJoinsNamesWithAFullWidthSpaceAndSplitsTheAddress() {
        OrderDetails details = ImportedOrderMapping.map(simple(), OrderSource.CSV, CARD, YAMATO).details();
        Contact orderer = details.orderer();
        assertThat(orderer.name()).isEqualTo("受注\u3000太郎");
        assertThat(orderer.kana()).isEqualTo("ジュチュウ\u3000タロウ");
        assertThat(orderer.postalCode()).isEqualTo("150-0002");
        assertThat(orderer.prefecture()).isEqualTo("東京都");
        assertThat(orderer.address1()).isEqualTo("渋谷区");
        assertThat(orderer.address2()).isEqualTo("渋谷1-2-3 渋谷ビル4F");
        assertThat(orderer.phone()).isEqualTo("090-1234-5678");
        assertThat(details.ordererEmail()).isEqualTo("taro@example.jp");
        assertThat(details.orderedAt()).isEqualTo(Instant.parse("2026-11-20T00:00:00Z"));
    }

    @Test
    void anUnreadablePostalCodeIsKeptAsWrittenAndAMissingGivenNameLeavesTheFamilyName() {
        ImportedAddress broken = new ImportedAddress("153-001", null, "トウキョウ", null, "目黒区", "目黒1", null);
        Contact contact = ImportedOrderMapping.contact("注文者", party("山田", null, broken), broken);
        assertThat(contact.postalCode()).isEqualTo("153-001");
        assertThat(contact.prefecture()).isEqualTo("トウキョウ");
        assertThat(contact.name()).isEqualTo("山田");
        assertThat(contact.address2()).isEqualTo("目黒1");
    }

    @Test
    void aBuyerWithoutAddressGetsTheRecipientsAddress() {
        ImportedParty buyer = new ImportedParty("山田 太郎", null, null, null, null, "0780001111", new PhoneNumber("0780001111"), null);
        ImportedOrder amazon = order(buyer, amounts(0, 0, 0, 0, 0), Set.of(), List.of(line(1000, 1, null)), List.of());
        Contact orderer = ImportedOrderMapping.map(amazon, OrderSource.CSV, CARD, YAMATO).details().orderer();
        assertThat(orderer.name()).isEqualTo("山田 太郎");
        assertThat(orderer.postalCode()).isEqualTo("150-0002");
        assertThat(orderer.address1()).isEqualTo("渋谷区");
    }

    @Test
    void amountsAsStatedWithTaxByRateAndUnsplitCouponsAsShopCoupons() {
        OrderAmounts amounts = ImportedOrderMapping.amounts(order(party("a", "b", tokyo()), amounts(240, 500, 0, 200, 50),
                Set.of(), List.of(line(1000, 1, 8), line(1000, 2, 10)), List.of()));
        assertThat(amounts.goodsTotal()).isEqualTo(3000);
        assertThat(amounts.tax8()).isEqualTo(80);
        assertThat(amounts.tax10()).isEqualTo(160);
        assertThat(amounts.shippingFee()).isEqualTo(600);
        assertThat(amounts.codFee()).isEqualTo(330);
        assertThat(amounts.pointsUsed()).isEqualTo(100);
        assertThat(amounts.couponMall()).isEqualTo(200);
        assertThat(amounts.couponShop()).isEqualTo(300 + 50);
        assertThat(amounts.billedTotal()).isEqualTo(3500);
    }

    @Test
    void taxGoesToTenPercentUnlessTheReaderSaysEight() {
        assertThat(ImportedOrderMapping.tax8(100, List.of(line(1000, 1, null)))).isZero();
        assertThat(ImportedOrderMapping.tax8(100, List.of(line(1000, 1, 8), line(500, 1, 8)))).isEqualTo(100);
        assertThat(ImportedOrderMapping.taxRate(line(1, 1, null))).isEqualTo(10);
        assertThat(ImportedOrderMapping.taxRate(line(1, 1, 8))).isEqualTo(8);
    }

    @Test
    void aSingleShipmentWithoutItsOwnAmountsTakesTheOrdersAndCarriesDateSlotNoshiAndLines() {
        OrderDetails details = ImportedOrderMapping.map(simple(), OrderSource.CSV, CARD, YAMATO).details();
        var shipment = details.shipments().get(0);
        assertThat(shipment.shippingFee()).isEqualTo(600);
        assertThat(shipment.codFee()).isEqualTo(330);
        assertThat(shipment.goodsTotal()).isEqualTo(3000);
        assertThat(shipment.requestedDate()).isEqualTo(LocalDate.of(2026, 12, 5));
        assertThat(shipment.requestedTimeSlot()).isEqualTo("1416");
        assertThat(shipment.noshi()).isEqualTo("御祝");
        assertThat(shipment.deliveryMethodCode()).isEqualTo("YAMATO_TAKKYUBIN");
        assertThat(shipment.deliveryMethodRaw()).isEqualTo("宅配便");
        assertThat(shipment.lines()).singleElement().satisfies(l -> {
            assertThat(l.unitPrice()).isEqualTo(1500);
            assertThat(l.quantity()).isEqualTo(2);
            assertThat(l.taxRate()).isEqualTo(10);
            assertThat(l.options()).isEqualTo("サイズ:M");
        });
        assertThat(details.comments()).isEqualTo("一行目\n二行目");
        assertThat(details.giftRequested()).isTrue();
        assertThat(details.wrapping()).isEqualTo("包装紙（ギフト包装） 220円");
        assertThat(details.paymentMethodCode()).isEqualTo("CREDIT_CARD");
        assertThat(details.paymentCategory()).isEqualTo("CARD");
    }

    @Test
    void unmappedNamesLeaveTheCodeEmptyKeepTheRawNameAndReportTheMappingError() {
        var mapped = ImportedOrderMapping.map(simple(), OrderSource.CSV,
                name -> new Resolution.Unmapped<>(name, "支払方法「" + name + "」は未設定"),
                name -> new Resolution.Unmapped<>(name, "配送方法「" + name + "」は未設定"));
        assertThat(mapped.details().paymentMethodCode()).isNull();
        assertThat(mapped.details().paymentCategory()).isNull();
        assertThat(mapped.details().paymentMethodRaw()).isEqualTo("クレジットカード");
        assertThat(mapped.details().shipments().get(0).deliveryMethodCode()).isNull();
        assertThat(mapped.details().shipments().get(0).deliveryMethodRaw()).isEqualTo("宅配便");
        assertThat(mapped.mappingErrors()).containsExactly("支払方法「クレジットカード」は未設定", "配送方法「宅配便」は未設定");
    }

    @Test
    void mallFlagsBecomeConfirmingWarningAndRemoteIsland() {
        ImportIssue warning = new ImportIssue("f.csv", 2, "警告表示タイプ", null, "楽天の警告表示があります（警告表示タイプ: 1）");
        ImportedOrder order = order(party("a", "b", tokyo()), amounts(0, 0, 0, 0, 0),
                Set.of(MallFlag.RAKUTEN_CONFIRMING, MallFlag.MALL_WARNING, MallFlag.REMOTE_ISLAND), List.of(line(1, 1, null)),
                List.of(warning));
        OrderDetails details = ImportedOrderMapping.map(order, OrderSource.API, CARD, YAMATO).details();
        assertThat(details.mallConfirming()).isTrue();
        assertThat(details.mallWarning()).isEqualTo("楽天の警告表示があります（警告表示タイプ: 1）");
        assertThat(details.remoteIsland()).isTrue();
        assertThat(details.source()).isEqualTo(OrderSource.API);
    }

    @Test
    void aValueLongerThanTheOrdersFieldRejectsTheOrderInsteadOfCuttingIt() {
        ImportedOrder longName = order(party("長".repeat(101), null, tokyo()), amounts(0, 0, 0, 0, 0), Set.of(),
                List.of(line(1, 1, null)), List.of());
        assertThatThrownBy(() -> ImportedOrderMapping.map(longName, OrderSource.CSV, CARD, YAMATO))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("注文者氏名が長すぎます");
        ImportedAddress longPostal = new ImportedAddress("1234-567890", null, "東京都", Prefecture.TOKYO, "a", "b", null);
        assertThatThrownBy(() -> ImportedOrderMapping.contact("送付先", party("a", "b", longPostal), longPostal))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("1234-567890");
    }
}
