package jp.juchu.intake.csv;

/** Columns of the Yahoo!ショッピング order file (Shopping API field names; reference/formats.md §2.1). */
enum YahooOrderColumn implements CsvColumn {
    ORDER_ID("OrderId", true, "注文ID", "注文番号"),
    ORDER_TIME("OrderTime", true, "注文日時"),
    ORDER_STATUS("OrderStatus", true, "注文ステータス"),
    PAY_METHOD("PayMethodName", true, "支払方法"),
    SHIP_METHOD("ShipMethodName", false, "配送方法"),
    SHIP_REQUEST_DATE("ShipRequestDate", false, "お届け希望日"),
    SHIP_REQUEST_TIME("ShipRequestTime", false, "お届け希望時間"),
    BILL_LAST_NAME("BillLastName", false),
    BILL_FIRST_NAME("BillFirstName", false),
    BILL_LAST_NAME_KANA("BillLastNameKana", false),
    BILL_FIRST_NAME_KANA("BillFirstNameKana", false),
    BILL_ZIP("BillZipCode", false),
    BILL_PREFECTURE("BillPrefecture", false),
    BILL_CITY("BillCity", false),
    BILL_ADDRESS1("BillAddress1", false),
    BILL_ADDRESS2("BillAddress2", false),
    BILL_PHONE("BillPhoneNumber", false),
    BILL_MAIL("BillMailAddress", false),
    SHIP_LAST_NAME("ShipLastName", false),
    SHIP_FIRST_NAME("ShipFirstName", false),
    SHIP_LAST_NAME_KANA("ShipLastNameKana", false),
    SHIP_FIRST_NAME_KANA("ShipFirstNameKana", false),
    SHIP_ZIP("ShipZipCode", false),
    SHIP_PREFECTURE("ShipPrefecture", false),
    SHIP_CITY("ShipCity", false),
    SHIP_ADDRESS1("ShipAddress1", false),
    SHIP_ADDRESS2("ShipAddress2", false),
    SHIP_PHONE("ShipPhoneNumber", false),
    BUYER_COMMENTS("BuyerComments", false, "コメント"),
    SHIP_CHARGE("ShipCharge", false),
    PAY_CHARGE("PayCharge", false),
    GIFT_WRAP_CHARGE("GiftWrapCharge", false),
    DISCOUNT("Discount", false),
    USE_POINT("UsePoint", false),
    COUPON("TotalCouponDiscount", false),
    TOTAL_PRICE("TotalPrice", false),
    SETTLE_AMOUNT("SettleAmount", true, "請求金額");

    private final Spec spec;

    YahooOrderColumn(String label, boolean required, String... aliases) {
        this.spec = Spec.of(label, required, aliases);
    }

    @Override
    public Spec spec() {
        return spec;
    }
}
