package jp.juchu.shop;

/** Which catalogue a shop's name mapping points into. */
enum MappingKind {
    PAYMENT("支払方法", "paymentMethod"),
    DELIVERY("配送方法", "deliveryMethod");

    private final String label;
    private final String jsonField;

    MappingKind(String label, String jsonField) {
        this.label = label;
        this.jsonField = jsonField;
    }

    String label() {
        return label;
    }

    /** Name of the method-code property in the API's mapping rows. */
    String jsonField() {
        return jsonField;
    }
}
