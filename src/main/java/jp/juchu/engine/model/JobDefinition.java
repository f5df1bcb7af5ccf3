package jp.juchu.engine.model;

/**
 * {@code zeebe:taskDefinition} of a service or send task.
 *
 * @param type    raw value: static job type or {@code =expression} (evaluate with {@code evaluateString})
 * @param retries raw value: static number or {@code =expression} (evaluate with {@code evaluateInt}); {@code "3"}
 *                when not given
 */
public record JobDefinition(String type, String retries) {

    public static final String DEFAULT_RETRIES = "3";
}
