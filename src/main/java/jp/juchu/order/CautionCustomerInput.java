package jp.juchu.order;

/** A new 要注意顧客 entry as typed by an administrator; at least one match key is required. */
public record CautionCustomerInput(String name, String postalCode, String phone, String email, String warningText,
                                   Boolean active) {
}
