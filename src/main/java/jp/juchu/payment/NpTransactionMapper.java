package jp.juchu.payment;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import jp.juchu.order.Contact;
import jp.juchu.order.LineDetails;
import jp.juchu.order.Order;
import jp.juchu.order.OrderAmounts;
import jp.juchu.order.Shipment;
import jp.juchu.order.ShipmentDetails;

/**
 * Order → NP後払い 取引登録 (one transaction): 購入者 = the orderer, 配送先 = the one recipient, 商品明細 = the
 * lines plus 送料 / 手数料 / ラッピング料 and the points and coupons as negative lines, so the goods add up to
 * the 請求金額 (an 調整額 line covers what the mall's amounts do not explain). Data NP would refuse anyway
 * (no address, several recipients) is refused here with the reason.
 */
final class NpTransactionMapper {

    static final int GOODS_NAME_LIMIT = 150;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd").withZone(ZoneId.of("Asia/Tokyo"));

    private NpTransactionMapper() {
    }

    /** What the mapping reads of an order. */
    record OrderData(long orderId, String mallOrderNumber, Instant orderedAt, Contact orderer, String email,
                     OrderAmounts amounts, List<ShipmentDetails> shipments) {

        static OrderData of(Order order) {
            return new OrderData(order.getId(), order.getMallOrderNumber(), order.getOrderedAt(), order.getOrderer(),
                    order.getOrdererEmail(), order.getAmounts(), order.getShipments().stream().map(Shipment::details).toList());
        }
    }

    /** @throws DeferredRegistrationRejected when the order cannot be an NP後払い transaction */
    static NpAtobaraiApi.Transaction map(OrderData order, String shopTransactionId) {
        List<String> problems = new ArrayList<>();
        Contact buyer = order.orderer();
        requireContact(buyer, "購入者", problems);
        List<Contact> recipients = order.shipments().stream().map(ShipmentDetails::recipient).filter(Objects::nonNull)
                .distinct().toList();
        if (recipients.isEmpty()) {
            problems.add("送付先がありません");
        } else if (recipients.size() > 1) {
            problems.add("送付先が" + recipients.size() + "件あります（NP後払いの取引は送付先1件のみです。受注を分割してください）");
        } else {
            requireContact(recipients.get(0), "配送先", problems);
        }
        if (order.amounts().billedTotal() <= 0) {
            problems.add("請求金額が0円以下です");
        }
        if (!problems.isEmpty()) {
            throw new DeferredRegistrationRejected(order.orderId(), "受注 " + order.mallOrderNumber()
                    + " はNP後払いに取引登録できません：" + String.join("／", problems));
        }
        return new NpAtobaraiApi.Transaction(shopTransactionId, DATE.format(order.orderedAt()), NpAtobaraiClient.SETTLEMENT_TYPE,
                order.amounts().billedTotal(), customer(buyer, order.email()), customer(recipients.get(0), null), goods(order));
    }

    private static void requireContact(Contact contact, String who, List<String> problems) {
        if (contact == null || blank(contact.name())) {
            problems.add(who + "の氏名がありません");
            return;
        }
        if (blank(contact.postalCode())) {
            problems.add(who + "の郵便番号がありません");
        }
        if (blank(contact.address1())) {
            problems.add(who + "の住所がありません");
        }
        if (blank(contact.phone())) {
            problems.add(who + "の電話番号がありません");
        }
    }

    private static NpAtobaraiApi.Customer customer(Contact contact, String email) {
        return new NpAtobaraiApi.Customer(contact.name().strip(), emptyToNull(contact.kana()), null, null,
                contact.postalCode().strip(), contact.fullAddress().strip(), contact.phone().replaceAll("[^0-9]", ""),
                emptyToNull(email));
    }

    static List<NpAtobaraiApi.Goods> goods(OrderData order) {
        List<NpAtobaraiApi.Goods> goods = new ArrayList<>();
        for (ShipmentDetails shipment : order.shipments()) {
            for (LineDetails line : shipment.lines()) {
                if (line.quantity() > 0) {
                    goods.add(new NpAtobaraiApi.Goods(name(line), line.unitPrice(), line.quantity()));
                }
            }
        }
        OrderAmounts amounts = order.amounts();
        addCharge(goods, "送料", amounts.shippingFee());
        addCharge(goods, "決済手数料", amounts.codFee());
        addCharge(goods, "ラッピング料", amounts.wrappingFee());
        addCharge(goods, "ポイント利用", -amounts.pointsUsed());
        addCharge(goods, "クーポン値引", -(amounts.couponShop() + amounts.couponMall()));
        long sum = goods.stream().mapToLong(g -> g.goodsPrice() * g.quantity()).sum();
        addCharge(goods, "調整額", amounts.billedTotal() - sum);
        return goods;
    }

    private static void addCharge(List<NpAtobaraiApi.Goods> goods, String name, long amount) {
        if (amount != 0) {
            goods.add(new NpAtobaraiApi.Goods(name, amount, 1));
        }
    }

    private static String name(LineDetails line) {
        String name = blank(line.itemName()) ? (blank(line.itemNumber()) ? "商品" : line.itemNumber()) : line.itemName().strip();
        return name.length() <= GOODS_NAME_LIMIT ? name : name.substring(0, GOODS_NAME_LIMIT);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String emptyToNull(String text) {
        return blank(text) ? null : text.strip();
    }
}
