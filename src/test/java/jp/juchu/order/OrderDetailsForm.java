package jp.juchu.order;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** The fix form as the detail screen fills it with an order's current values. */
final class OrderDetailsForm {

    private final MultiValueMap<String, String> params = new LinkedMultiValueMap<>();

    static OrderDetailsForm of(Order order) {
        OrderDetailsForm form = new OrderDetailsForm();
        form.contact("orderer", order.getOrderer());
        form.with("email", order.getOrdererEmail()).with("paymentMethod", order.getPaymentMethodCode())
                .with("manualProgress", String.valueOf(order.isManualProgress()));
        for (int i = 0; i < order.getShipments().size(); i++) {
            Shipment s = order.getShipments().get(i);
            String path = "shipments[" + i + "]";
            form.with(path + ".seq", String.valueOf(s.getSeq()));
            form.contact(path + ".recipient", s.getRecipient());
            form.with(path + ".deliveryMethod", s.getDeliveryMethodCode())
                    .with(path + ".requestedDate", s.getRequestedDate() == null ? "" : s.getRequestedDate().toString())
                    .with(path + ".requestedTimeSlot", s.getRequestedTimeSlot());
        }
        return form;
    }

    private void contact(String path, Contact c) {
        with(path + ".name", c.name()).with(path + ".kana", c.kana()).with(path + ".postalCode", c.postalCode())
                .with(path + ".prefecture", c.prefecture()).with(path + ".address1", c.address1())
                .with(path + ".address2", c.address2()).with(path + ".phone", c.phone());
    }

    OrderDetailsForm with(String name, String value) {
        params.set(name, value == null ? "" : value);
        return this;
    }

    MultiValueMap<String, String> params() {
        return params;
    }
}
