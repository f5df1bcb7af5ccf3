package jp.juchu.intake.csv;

/** Columns of the Amazon.co.jp 未出荷の注文レポート (reference/formats.md §3.3), plus price columns of the order report. */
enum AmazonColumn implements CsvColumn {
    ORDER_ID("order-id", true, "注文番号"),
    ORDER_ITEM_ID("order-item-id", true, "注文商品番号"),
    PURCHASE_DATE("purchase-date", true, "購入日"),
    PAYMENTS_DATE("payments-date", false),
    PROMISE_DATE("promise-date", false),
    BUYER_EMAIL("buyer-email", false),
    BUYER_NAME("buyer-name", false),
    BUYER_PHONE("buyer-phone-number", false),
    SKU("sku", true, "出品者SKU"),
    PRODUCT_NAME("product-name", true, "商品名"),
    QUANTITY_PURCHASED("quantity-purchased", true, "数量"),
    QUANTITY_TO_SHIP("quantity-to-ship", false),
    SHIP_SERVICE_LEVEL("ship-service-level", false),
    RECIPIENT_NAME("recipient-name", true),
    SHIP_ADDRESS1("ship-address-1", true),
    SHIP_ADDRESS2("ship-address-2", false),
    SHIP_ADDRESS3("ship-address-3", false),
    SHIP_CITY("ship-city", false),
    SHIP_STATE("ship-state", false),
    SHIP_POSTAL_CODE("ship-postal-code", true),
    SHIP_PHONE("ship-phone-number", false),
    PAYMENT_METHOD("payment-method", false),
    COD_AMOUNT("cod-collectible-amount", false),
    PAYMENT_METHOD_FEE("payment-method-fee", false),
    DELIVERY_START("scheduled-delivery-start-date", false),
    DELIVERY_END("scheduled-delivery-end-date", false),
    IS_PRIME("is-prime", false),
    VERGE_OF_CANCELLATION("verge-of-cancellation", false),
    VERGE_OF_LATE_SHIPMENT("verge-of-lateShipment", false),
    ITEM_PRICE("item-price", false),
    ITEM_TAX("item-tax", false),
    SHIPPING_PRICE("shipping-price", false),
    GIFT_WRAP_PRICE("gift-wrap-price", false),
    DELIVERY_INSTRUCTIONS("delivery-Instructions", false);

    private final Spec spec;

    AmazonColumn(String label, boolean required, String... aliases) {
        this.spec = Spec.of(label, required, aliases);
    }

    @Override
    public Spec spec() {
        return spec;
    }
}
