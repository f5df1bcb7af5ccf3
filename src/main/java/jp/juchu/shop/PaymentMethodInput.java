package jp.juchu.shop;

/** A 支払方法 as entered; {@code category} is a {@link PaymentCategory} name. */
public record PaymentMethodInput(String code, String name, String category) {
}
