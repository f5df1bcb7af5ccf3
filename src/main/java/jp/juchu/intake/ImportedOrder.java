package jp.juchu.intake;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import jp.juchu.core.Mall;

/**
 * A complete, mall-neutral order read from a mall file; only orders whose every row was readable are
 * delivered as {@code ImportedOrder} (all or nothing per order). Texts are normalised
 * ({@link jp.juchu.core.JapaneseText}); line breaks in comments are kept as LF.
 *
 * @param orderNumber     the mall order number (楽天 注文番号, Yahoo OrderId, Amazon order-id)
 * @param file            the file the order was read from
 * @param line            physical line of the order's first row
 * @param orderedAt       注文日時 in Japan time
 * @param mallStatus      the mall's status as written (楽天 "発送待ち", Yahoo OrderStatus "2", Amazon none)
 * @param cancelled       the mall reports the order as cancelled (楽天 キャンセル確定, Yahoo OrderStatus 4)
 * @param orderType       楽天 注文種別 (通常購入, 定期購入 …), else {@code null}
 * @param paymentMethod   the mall's payment method name, raw (to be mapped by the shop's 支払方法設定)
 * @param paymentDetail   card payment detail where given (楽天 "分割払い 103"), else {@code null}
 * @param deliveryMethod  the mall's delivery method name, raw (楽天 配送方法, Yahoo ShipMethodName,
 *                        Amazon ship-service-level)
 * @param orderer         注文者 (its address is {@code null} for Amazon)
 * @param giftRequested   ギフト配送希望
 * @param comment         お客様コメント / BuyerComments, with line breaks; {@code null} when none
 * @param shopMemo        ひとことメモ (楽天), {@code null} when none
 * @param notes           repairs made and non-fatal findings (Japanese), e.g. a postal code padded
 */
public record ImportedOrder(Mall mall, String orderNumber, String file, long line, LocalDateTime orderedAt,
        String mallStatus, boolean cancelled, String orderType, String paymentMethod, String paymentDetail,
        String deliveryMethod, ImportedParty orderer, ImportedAmounts amounts, RequestedDelivery requestedDelivery,
        boolean giftRequested, List<Wrapping> wrappings, String comment, String shopMemo, Set<MallFlag> flags,
        List<ImportedShipment> shipments, List<ImportIssue> notes) {

    public ImportedOrder {
        wrappings = List.copyOf(wrappings);
        flags = Set.copyOf(flags);
        shipments = List.copyOf(shipments);
        notes = List.copyOf(notes);
    }

    /** Every line of every shipment, in file order. */
    public List<ImportedLine> lines() {
        return shipments.stream().flatMap(shipment -> shipment.lines().stream()).toList();
    }

    public boolean has(MallFlag flag) {
        return flags.contains(flag);
    }
}
