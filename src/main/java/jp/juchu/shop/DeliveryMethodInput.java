package jp.juchu.shop;

/**
 * A 配送方法 as entered: {@code carrier} is a carrier code, {@code serviceType} a {@link ServiceType} name,
 * {@code active} defaults to true when absent.
 */
public record DeliveryMethodInput(String code, String name, String carrier, String serviceType, Boolean active) {
}
