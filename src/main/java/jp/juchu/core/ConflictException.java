package jp.juchu.core;

/** The request contradicts the current state (duplicate, still in use, immutable); answered with 409. */
public class ConflictException extends DomainException {

    public ConflictException(String field, String message) {
        super("conflict", message, field);
    }

    public ConflictException(String code, String field, String message) {
        super(code, message, field);
    }
}
