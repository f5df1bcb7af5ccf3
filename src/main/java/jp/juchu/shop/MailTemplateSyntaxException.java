package jp.juchu.shop;

/** A template text uses a placeholder that does not exist or a block that is not closed; the message is Japanese. */
public class MailTemplateSyntaxException extends RuntimeException {

    public MailTemplateSyntaxException(String message) {
        super(message);
    }
}
