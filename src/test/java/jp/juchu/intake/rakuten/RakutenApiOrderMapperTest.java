package jp.juchu.intake.rakuten;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import jp.juchu.core.Prefecture;
import jp.juchu.intake.ImportIssue;
import jp.juchu.intake.ImportedLine;
import jp.juchu.intake.ImportedOrder;
import jp.juchu.intake.ImportedShipment;
import jp.juchu.intake.MallFlag;
import jp.juchu.mall.RakutenOrderModel;
import org.junit.jupiter.api.Test;

class RakutenApiOrderMapperTest {

    private static final JsonMapper JSON = JsonMapper.builder().findAndAddModules()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final RakutenApiOrderMapper mapper = new RakutenApiOrderMapper();

    @Test
    void mapsAnOrderLikeTheCsvReader() throws Exception {
        ImportedOrder order = accepted(orders().get(0));

        assertThat(order.orderNumber()).isEqualTo("333267-20261130-0000000001");
        assertThat(order.file()).isEqualTo("楽天ペイ受注API");
        assertThat(order.orderedAt()).isEqualTo(LocalDateTime.of(2026, 11, 30, 9, 12, 3));
        assertThat(order.mallStatus()).isEqualTo("発送待ち");
        assertThat(order.cancelled()).isFalse();
        assertThat(order.orderType()).isEqualTo("通常購入");
        assertThat(order.paymentMethod()).isEqualTo("クレジットカード");
        assertThat(order.paymentDetail()).isEqualTo("一括払い");
        assertThat(order.deliveryMethod()).isEqualTo("宅配便");
        assertThat(order.giftRequested()).isTrue();
        assertThat(order.comment()).isEqualTo("[配送日時指定:]\n2026-12-05(土) 14:00～16:00\n[備考:]\n玄関前に置いてください");
        assertThat(order.shopMemo()).isEqualTo("ギフト包装確認済み");
        assertThat(order.flags()).isEmpty();

        var amounts = order.amounts();
        assertThat(amounts.goods()).isEqualTo(5500);
        assertThat(amounts.shipping()).isEqualTo(660);
        assertThat(amounts.paymentFee()).isZero();
        assertThat(amounts.wrapping()).isEqualTo(220);
        assertThat(amounts.points()).isEqualTo(200);
        assertThat(amounts.couponTotal()).isEqualTo(300);
        assertThat(amounts.couponShop()).isEqualTo(300);
        assertThat(amounts.billed()).isEqualTo(5880);
        assertThat(amounts.total()).isEqualTo(6380);
        assertThat(amounts.complete()).isTrue();

        assertThat(order.requestedDelivery().date()).isEqualTo(LocalDate.of(2026, 12, 5));
        assertThat(order.requestedDelivery().timeSlot()).isEqualTo("1416");
        assertThat(order.requestedDelivery().from()).isEqualTo(LocalTime.of(14, 0));
        assertThat(order.requestedDelivery().to()).isEqualTo(LocalTime.of(16, 0));
        assertThat(order.wrappings()).singleElement().satisfies(w -> {
            assertThat(w.title()).isEqualTo("包装紙");
            assertThat(w.name()).isEqualTo("和紙包装");
            assertThat(w.price()).isEqualTo(220);
            assertThat(w.taxIncluded()).isTrue();
        });

        var orderer = order.orderer();
        assertThat(orderer.fullName()).isEqualTo("髙橋 太郎");
        assertThat(orderer.fullNameKana()).isEqualTo("タカハシ タロウ");
        assertThat(orderer.address().postalCode().digits()).isEqualTo("1500002");
        assertThat(orderer.address().prefecture()).isEqualTo(Prefecture.fromName("東京都").orElseThrow());
        assertThat(orderer.address().street()).isEqualTo("渋谷9-98-1 グリーンコート305");
        assertThat(orderer.phoneRaw()).isEqualTo("03-1234-5678");
        assertThat(orderer.phone()).isNotNull();
        assertThat(orderer.email()).isEqualTo("abc123@pc.fw.rakuten.ne.jp");

        ImportedShipment shipment = order.shipments().get(0);
        assertThat(shipment.shipmentId()).isEqualTo("10001");
        assertThat(shipment.noshi()).isEqualTo("御歳暮");
        assertThat(shipment.recipient().fullName()).isEqualTo("山﨑 花子");
        assertThat(shipment.recipient().address().postalCode().digits()).isEqualTo("5300001");
        assertThat(shipment.amounts().total()).isEqualTo(6160);
        assertThat(shipment.lines()).extracting(ImportedLine::lineId).containsExactly("90001", "90002");
        ImportedLine towel = shipment.lines().get(0);
        assertThat(towel.itemId()).isEqualTo("10000123");
        assertThat(towel.itemNumber()).isEqualTo("towel-gift-01");
        assertThat(towel.manageNumber()).isEqualTo("towel-gift");
        assertThat(towel.name()).isEqualTo("今治タオル ギフトセット");
        assertThat(towel.options()).isEqualTo("カラー:生成\nサイズ:M");
        assertThat(towel.unitPrice()).isEqualTo(3300);
        assertThat(towel.quantity()).isEqualTo(1);
        assertThat(towel.taxIncluded()).isTrue();
        assertThat(towel.taxRate()).isEqualTo(10);
        assertThat(towel.deliveryInfo()).isEqualTo("1～2日以内に発送予定");
        assertThat(shipment.lines().get(1).taxRate()).isEqualTo(8);
        assertThat(shipment.lines().get(1).quantity()).isEqualTo(2);
    }

    @Test
    void keepsTwoDestinationsFlagsAndUndeterminedAmounts() throws Exception {
        ImportedOrder order = accepted(orders().get(1));

        assertThat(order.mallStatus()).isEqualTo("注文確認待ち");
        assertThat(order.paymentMethod()).isEqualTo("代金引換");
        assertThat(order.paymentDetail()).isNull();
        assertThat(order.flags()).containsExactlyInAnyOrder(MallFlag.MULTIPLE_DESTINATIONS, MallFlag.REMOTE_ISLAND,
                MallFlag.MALL_WARNING, MallFlag.RAKUTEN_CONFIRMING, MallFlag.AMOUNT_UNDETERMINED);
        assertThat(order.amounts().shipping()).isZero();
        assertThat(order.amounts().paymentFee()).isEqualTo(330);
        assertThat(order.amounts().billed()).isEqualTo(4330);
        assertThat(order.notes()).extracting(ImportIssue::message)
                .anyMatch(m -> m.contains("未確定")).anyMatch(m -> m.contains("警告表示タイプ: 1"));
        assertThat(order.shipments()).extracting(ImportedShipment::shipmentId).containsExactly("20001", "20002");
        assertThat(order.shipments().get(1).recipient().fullName()).isEqualTo("比嘉 三郎");
        assertThat(order.lines()).hasSize(2);
        assertThat(order.requestedDelivery().isRequested()).isFalse();
        assertThat(order.comment()).isNull();
    }

    @Test
    void aCancelledOrderIsMarkedCancelled() throws Exception {
        ImportedOrder order = accepted(orders().get(2));

        assertThat(order.cancelled()).isTrue();
        assertThat(order.mallStatus()).isEqualTo("キャンセル確定");
        assertThat(order.paymentDetail()).isEqualTo("分割払い 103");
        assertThat(order.notes()).extracting(ImportIssue::message).contains("楽天でキャンセル確定の注文です");
    }

    @Test
    void aBrokenOrderIsRejectedWithEveryReason() throws Exception {
        ObjectNode node = (ObjectNode) orderNodes().get(0);
        node.remove("orderDatetime");
        node.remove("SettlementModel");
        ObjectNode item = (ObjectNode) node.path("PackageModelList").get(0).path("ItemModelList").get(0);
        item.put("units", 0);

        RakutenApiOrderMapper.Result result = mapper.map(JSON.treeToValue(node, RakutenOrderModel.Order.class));

        assertThat(result.order()).isNull();
        assertThat(result.rejected().orderNumber()).isEqualTo("333267-20261130-0000000001");
        assertThat(result.rejected().problems()).extracting(ImportIssue::message)
                .contains("注文日時がありません", "支払方法がありません")
                .anyMatch(m -> m.startsWith("個数「0」"));
    }

    @Test
    void anOrderWhoseLinesAreAllDeletedIsRejected() throws Exception {
        ObjectNode node = (ObjectNode) orderNodes().get(2);
        ((ObjectNode) node.path("PackageModelList").get(0)).put("packageDeleteFlag", 1);

        RakutenApiOrderMapper.Result result = mapper.map(JSON.treeToValue(node, RakutenOrderModel.Order.class));

        assertThat(result.rejected().problems()).extracting(ImportIssue::message).containsExactly("商品明細がありません");
    }

    @Test
    void shippingTermsAreRead() {
        assertThat(ShippingTerms.requested(null, 0).isRequested()).isFalse();
        assertThat(ShippingTerms.requested(null, 1).from()).isEqualTo(LocalTime.of(8, 0));
        assertThat(ShippingTerms.requested(null, 2).timeSlot()).isEqualTo("2");
        assertThat(ShippingTerms.requested(null, 2).from()).isNull();
        assertThat(ShippingTerms.requested(null, 1921).to()).isEqualTo(LocalTime.of(21, 0));
        assertThat(ShippingTerms.requested(null, 2024).to()).isEqualTo(LocalTime.MAX);
        assertThat(ShippingTerms.requested(null, 1612).from()).isNull();
    }

    private ImportedOrder accepted(RakutenOrderModel.Order source) {
        RakutenApiOrderMapper.Result result = mapper.map(source);
        assertThat(result.rejected()).isNull();
        return result.order();
    }

    private static List<RakutenOrderModel.Order> orders() throws Exception {
        List<RakutenOrderModel.Order> orders = new ArrayList<>();
        for (JsonNode node : orderNodes()) {
            orders.add(JSON.treeToValue(node, RakutenOrderModel.Order.class));
        }
        return orders;
    }

    private static JsonNode orderNodes() throws Exception {
        try (InputStream in = RakutenApiOrderMapperTest.class.getResourceAsStream("/wiremock/rakuten/getOrder-three-orders.json")) {
            String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).replace("{{prefix}}", "333267");
            return JSON.readTree(text).path("OrderModelList");
        }
    }
}
