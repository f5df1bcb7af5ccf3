package jp.juchu.engine.model;

/**
 * A sequence flow.
 *
 * @param condition raw {@code =expression} or {@code null}; only on flows leaving an exclusive gateway.
 *                  Evaluate with {@code FeelEvaluator.evaluateBoolean}
 * @param isDefault true if this is the default flow of its (exclusive gateway) source
 */
public record SequenceFlowModel(String id, String name, String sourceId, String targetId, String condition,
                                boolean isDefault) {

    public boolean hasCondition() {
        return condition != null;
    }
}
