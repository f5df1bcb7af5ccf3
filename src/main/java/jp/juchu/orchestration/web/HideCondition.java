package jp.juchu.orchestration.web;

import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code conditional.hide} of a form component, for the simple FEEL our forms use: a variable compared with
 * {@code =} or {@code !=} to {@code null}, {@code true}, {@code false} or a string literal, e.g.
 * {@code =creditDecision != "CHANGE_PAYMENT"} or {@code =registrationError = null}. Any other expression is not
 * evaluated and the field stays visible (showing too much is safer than hiding an input the process needs).
 *
 * @param variable the compared variable, {@code null} when the component has no (supported) condition
 * @param negated {@code true} for {@code !=}
 * @param literal {@code null}, a {@link Boolean} or a {@link String}
 */
record HideCondition(String variable, boolean negated, Object literal) {

    static final HideCondition NEVER = new HideCondition(null, false, null);

    private static final Pattern SIMPLE = Pattern.compile(
            "^=\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*(!=|=)\\s*(null|true|false|\"([^\"\\\\]*)\")\\s*$");

    static HideCondition parse(String expression) {
        if (expression == null) {
            return NEVER;
        }
        Matcher m = SIMPLE.matcher(expression.strip());
        if (!m.matches()) {
            return NEVER;
        }
        Object literal = switch (m.group(3)) {
            case "null" -> null;
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> m.group(4);
        };
        return new HideCondition(m.group(1), "!=".equals(m.group(2)), literal);
    }

    public boolean isEvaluated() {
        return variable != null;
    }

    /** Whether the component is hidden for the form's data (process variables and what the operator entered). */
    public boolean hides(Map<String, ?> data) {
        if (!isEvaluated()) {
            return false;
        }
        boolean equal = Objects.equals(data.get(variable), literal);
        return negated != equal;
    }

    /** The literal as the page's script compares it: {@code null}, {@code true}, {@code false} or the string. */
    public String literalText() {
        return literal == null ? "null" : literal.toString();
    }

    public String literalKind() {
        return literal == null ? "null" : literal instanceof Boolean ? "boolean" : "string";
    }
}
