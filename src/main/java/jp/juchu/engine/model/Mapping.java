package jp.juchu.engine.model;

/**
 * One {@code zeebe:input} or {@code zeebe:output}.
 *
 * @param source raw value: {@code =expression} or a static value; evaluate with {@code FeelEvaluator.evaluateOrStatic}
 * @param target variable name, possibly a path such as {@code order.status} (nested context entry)
 */
public record Mapping(String source, String target) {
}
