package jp.juchu.order;

import java.util.ArrayList;
import java.util.List;

/**
 * 手動受注入力 (FAX/電話) as typed on the screen or sent to {@code POST /api/orders}. Numbers and dates
 * are text so that a bad value is answered at its field. {@code mallOrderNumber} and {@code orderedAt}
 * may be left empty (a number {@code M-yyyyMMdd-NNNN} and the current time are used).
 */
public record ManualOrderInput(String shop, String mallOrderNumber, String orderedAt, ContactInput orderer,
                               String email, String paymentMethod, String comments, List<Shipment> shipments) {

    public ManualOrderInput {
        shipments = shipments == null ? new ArrayList<>() : new ArrayList<>(shipments);
    }

    /** One 送付先; {@code requestedDate} is yyyy-MM-dd. Fees are yen. */
    public record Shipment(ContactInput recipient, String deliveryMethod, String requestedDate, String requestedTimeSlot,
                           String shippingFee, String codFee, List<Line> lines) {

        public Shipment {
            lines = lines == null ? new ArrayList<>() : new ArrayList<>(lines);
        }
    }

    /** One 商品明細: unit price includes tax, tax rate is 8 or 10. */
    public record Line(String itemNumber, String itemName, String options, String unitPrice, String quantity, String taxRate) {
    }
}
