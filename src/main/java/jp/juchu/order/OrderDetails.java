package jp.juchu.order;

import java.time.Instant;
import java.util.List;
import jp.juchu.core.InvalidInputException;

/**
 * Everything the mall (or the operator, for 手動入力) says about an order. Payment is given as the
 * resolved method code and category, or nulls when the mall's name could not be mapped; the raw
 * name is always kept.
 */
public record OrderDetails(String mallOrderNumber, OrderSource source, Instant orderedAt, String mallStatusRaw,
                           Contact orderer, String ordererEmail,
                           String paymentMethodCode, String paymentMethodRaw, String paymentCategory,
                           OrderAmounts amounts, boolean giftRequested, String wrapping, String comments, String shopMemo,
                           boolean mallConfirming, String mallWarning, boolean remoteIsland,
                           List<ShipmentDetails> shipments) {

    public OrderDetails {
        if (mallOrderNumber == null || mallOrderNumber.isBlank()) {
            throw new InvalidInputException("mallOrderNumber", "注文番号を入力してください");
        }
        if (mallOrderNumber.length() > 64) {
            throw new InvalidInputException("mallOrderNumber", "注文番号は64文字以内にしてください");
        }
        if (orderedAt == null) {
            throw new InvalidInputException("orderedAt", "注文日時を入力してください");
        }
        if (orderer == null || orderer.name() == null || orderer.name().isBlank()) {
            throw new InvalidInputException("orderer.name", "注文者の氏名を入力してください");
        }
        if (amounts == null) {
            throw new InvalidInputException("amounts", "金額を入力してください");
        }
        if (shipments == null || shipments.isEmpty()) {
            throw new InvalidInputException("shipments", "送付先が1件以上必要です");
        }
        shipments = List.copyOf(shipments);
    }
}
