package jp.juchu.order.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import jp.juchu.order.CheckFlag;
import jp.juchu.order.OrderAmounts;
import jp.juchu.order.OrderStatus;

/** {@code GET /api/orders/{id}} and the detail screen: everything about one order, with labels. */
record OrderView(long id, Shop shop, String mallOrderNumber, String source, OrderStatus status, String statusLabel,
                 Instant orderedAt, String mallStatus, boolean manualProgress, boolean editable,
                 Person orderer, String email, Method payment, String paymentCategory, OrderAmounts amounts,
                 boolean giftRequested, String wrapping, String comments, String shopMemo,
                 boolean mallConfirming, String mallWarning, boolean remoteIsland,
                 List<ShipmentView> shipments, List<FlagView> flags, List<String> tags, List<HistoryView> history) {

    record Shop(String code, String name) {
    }

    record Person(String name, String kana, String postalCode, String prefecture, String address1, String address2,
                  String phone) {
    }

    /** Our method (code + name), and the mall's raw name; {@code code} is null while unmapped. */
    record Method(String code, String name, String raw) {
    }

    /** {@code id} is the お客様管理番号 on 送り状; carrier, dates and 荷物番号 come from 出荷指示/出荷確定. */
    record ShipmentView(int seq, Person recipient, Method deliveryMethod, LocalDate requestedDate, String requestedTimeSlot,
                        String noshi, long shippingFee, long codFee, long goodsTotal, List<LineView> lines,
                        long id, String carrierCode, LocalDate plannedShipOn, LocalDate shippedOn, List<String> trackingNumbers) {
    }

    record LineView(int seq, String itemId, String itemNumber, String itemName, String options, long unitPrice,
                    int quantity, int taxRate, long subtotal) {
    }

    /** An open flag: label, the reason the check gave, what to do, and whether a person releases it. */
    record FlagView(CheckFlag flag, String label, String reason, String fixAction, boolean blocking,
                    boolean resolvable, Instant raisedAt) {
    }

    record HistoryView(Instant occurredAt, String actor, String kind, String text) {
    }

    public boolean hasFlag(String name) {
        return flags.stream().anyMatch(f -> f.flag().name().equals(name));
    }
}
