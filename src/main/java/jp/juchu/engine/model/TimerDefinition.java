package jp.juchu.engine.model;

/**
 * A timer event definition.
 *
 * @param type  which of {@code timeDuration}, {@code timeDate}, {@code timeCycle} is given
 * @param value raw value: static ISO-8601 text or {@code =expression}; evaluate with
 *              {@code FeelEvaluator.evaluateInterval / evaluateDateTime / evaluateCycle}
 */
public record TimerDefinition(Type type, String value) {

    public enum Type { DURATION, DATE, CYCLE }
}
