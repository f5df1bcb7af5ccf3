package jp.juchu.orchestration;

/** The BPMN messages of {@code order-fulfillment}; each is correlated by the order id. */
public enum ProcessMessage {
    PAYMENT_RECONCILED("payment-reconciled"),
    CREDIT_RESULT("credit-result"),
    SHIPPING_INSTRUCTED("shipping-instructed"),
    SHIPMENT_CONFIRMED("shipment-confirmed"),
    TRACKING_FILE_GENERATED("tracking-file-generated"),
    ORDER_CANCELLED("order-cancelled"),
    ORDER_HELD("order-held"),
    ORDER_RELEASED("order-released"),
    ORDER_BUNDLED("order-bundled");

    private final String messageName;

    ProcessMessage(String messageName) {
        this.messageName = messageName;
    }

    public String messageName() {
        return messageName;
    }
}
