package jp.juchu.shipping;

/**
 * The shop's contract numbers with a carrier, printed on every label: B2クラウド ご請求先顧客コード (10–12 digits),
 * 分類コード and 運賃管理番号 (usually 01); e飛伝 お客様コード. Empty strings when not set.
 */
public record CarrierAccount(String customerCode, String classCode, String freightNumber) {

    public static final CarrierAccount NONE = new CarrierAccount("", "", "");

    public CarrierAccount {
        customerCode = customerCode == null ? "" : customerCode.strip();
        classCode = classCode == null ? "" : classCode.strip();
        freightNumber = freightNumber == null ? "" : freightNumber.strip();
    }
}
