package jp.juchu.core;

/**
 * A business rule refused a request. Carries a stable machine code, a Japanese message for the
 * operator and, where one input is at fault, the name of that field.
 */
public abstract class DomainException extends RuntimeException {

    private final String code;
    private final String field;

    protected DomainException(String code, String message, String field) {
        super(message);
        this.code = code;
        this.field = field;
    }

    public String code() {
        return code;
    }

    public String field() {
        return field;
    }
}
