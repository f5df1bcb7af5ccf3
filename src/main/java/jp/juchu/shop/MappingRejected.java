package jp.juchu.shop;

import jp.juchu.core.InvalidInputException;

/**
 * A mapping grid cell broke a rule. Besides the API field ({@code mappings[2].mallNames}) it names the
 * shop and method, so a screen can put the message next to the right cell.
 */
public class MappingRejected extends InvalidInputException {

    private final String shopCode;
    private final String methodCode;

    MappingRejected(String code, String field, String message, String shopCode, String methodCode) {
        super(code, field, message);
        this.shopCode = shopCode;
        this.methodCode = methodCode;
    }

    public String shopCode() {
        return shopCode;
    }

    /** The method code as sent (may be unknown or blank). */
    public String methodCode() {
        return methodCode;
    }
}
