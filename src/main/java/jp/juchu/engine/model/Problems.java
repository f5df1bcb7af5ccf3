package jp.juchu.engine.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/** Collects every problem of one resource, each tied to the nearest BPMN element that has an id. */
final class Problems {

    private final Set<ModelProblem> problems = new LinkedHashSet<>();

    void add(ModelElementInstance element, String message) {
        ModelElementInstance owner = owner(element);
        String prefix = owner == element || element == null ? "" : qualifiedName(element) + ": ";
        problems.add(new ModelProblem(idOf(owner), typeOf(owner), prefix + message));
    }

    void add(String elementId, String elementType, String message) {
        problems.add(new ModelProblem(elementId, elementType, message));
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    List<ModelProblem> list() {
        return new ArrayList<>(problems);
    }

    private static ModelElementInstance owner(ModelElementInstance element) {
        ModelElementInstance current = element;
        while (current != null && idOf(current) == null) {
            current = current.getParentElement();
        }
        return current == null ? element : current;
    }

    private static String idOf(ModelElementInstance element) {
        if (element == null) {
            return null;
        }
        String id = element.getAttributeValue("id");
        return id == null || id.isBlank() ? null : id;
    }

    private static String typeOf(ModelElementInstance element) {
        return element == null ? "definitions" : element.getElementType().getTypeName();
    }

    static String qualifiedName(ModelElementInstance element) {
        String namespace = element.getElementType().getTypeNamespace();
        String type = element.getElementType().getTypeName();
        return ForeignMarkup.ZEEBE_NS.equals(namespace) ? "zeebe:" + type : type;
    }
}
