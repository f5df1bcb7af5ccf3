package jp.juchu.core;

/** Input that breaks a rule; answered with 400. */
public class InvalidInputException extends DomainException {

    public InvalidInputException(String field, String message) {
        super("invalid", message, field);
    }

    public InvalidInputException(String code, String field, String message) {
        super(code, message, field);
    }
}
