package jp.juchu.engine.model;

/**
 * One reason a resource cannot be deployed.
 *
 * @param elementId   id of the offending BPMN element (nearest one that has an id), or {@code null} when the
 *                    problem concerns the whole resource
 * @param elementType BPMN type name such as {@code serviceTask}, {@code boundaryEvent} or {@code definitions}
 * @param message     what is wrong
 */
public record ModelProblem(String elementId, String elementType, String message) {

    @Override
    public String toString() {
        return (elementId == null ? "" : "'" + elementId + "' ") + "(" + elementType + "): " + message;
    }
}
