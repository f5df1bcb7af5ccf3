package jp.juchu.core;

/** The addressed thing does not exist; answered with 404. */
public class NotFoundException extends DomainException {

    public NotFoundException(String message) {
        super("not_found", message, null);
    }
}
