package jp.juchu.shop;

/** 支払方法 as other modules see it; {@code builtIn} methods come with Juchu and keep their code and 決済区分. */
public record PaymentMethodRef(String code, String name, PaymentCategory category, boolean builtIn) {
}
