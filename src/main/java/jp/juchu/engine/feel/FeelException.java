package jp.juchu.engine.feel;

/** A FEEL expression that does not parse, fails to evaluate, or yields a value of the wrong type. */
public class FeelException extends RuntimeException {

    private final String expression;
    private final String failure;

    public FeelException(String expression, String failure) {
        super("FEEL expression '" + expression + "': " + failure);
        this.expression = expression;
        this.failure = failure;
    }

    /** The expression as written (raw attribute value or bare FEEL text). */
    public String expression() {
        return expression;
    }

    /** FEEL's (or the type check's) own message, without the expression prefix. */
    public String failure() {
        return failure;
    }
}
