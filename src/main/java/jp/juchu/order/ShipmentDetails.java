package jp.juchu.order;

import java.time.LocalDate;
import java.util.List;
import jp.juchu.core.InvalidInputException;

/**
 * The values of one 送付先: recipient, delivery method (resolved code, or null when the mall's
 * name could not be mapped; the raw name is always kept), requested date/time and its lines.
 */
public record ShipmentDetails(String mallShipmentId, Contact recipient, String deliveryMethodCode, String deliveryMethodRaw,
                              LocalDate requestedDate, String requestedTimeSlot, String noshi,
                              long shippingFee, long codFee, long goodsTotal, List<LineDetails> lines) {

    public ShipmentDetails {
        if (recipient == null || recipient.name() == null || recipient.name().isBlank()) {
            throw new InvalidInputException("recipient.name", "送付先の氏名を入力してください");
        }
        if (lines == null || lines.isEmpty()) {
            throw new InvalidInputException("lines", "送付先ごとに商品明細が1件以上必要です");
        }
        lines = List.copyOf(lines);
    }
}
