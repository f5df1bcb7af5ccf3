package jp.juchu.engine.model;

/**
 * {@code zeebe:calledElement} of a call activity. Only binding type "latest" is accepted.
 *
 * @param processId                  raw value: static process id or {@code =expression} ({@code evaluateString})
 * @param propagateAllChildVariables copy all child variables to the call activity when the child completes
 *                                   (Zeebe default {@code true}); output mappings apply in addition
 * @param propagateAllParentVariables copy all visible parent variables into the child on start (Zeebe default
 *                                   {@code true}); otherwise only the input mappings' results
 */
public record CalledElement(String processId, boolean propagateAllChildVariables, boolean propagateAllParentVariables) {
}
