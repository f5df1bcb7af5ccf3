package jp.juchu.engine.model;

/**
 * {@code zeebe:script} of a script task.
 *
 * @param expression     raw value, always {@code =expression}; evaluate with {@code evaluateOrStatic}
 * @param resultVariable the variable the result is written to (set on the task's scope and propagated like
 *                       an output)
 */
public record ScriptDefinition(String expression, String resultVariable) {
}
