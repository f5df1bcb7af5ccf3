package jp.juchu.engine.model;

import java.util.Locale;
import java.util.Optional;

/** The deployable resource types, recognised by file name as Zeebe does. */
public enum ResourceType {
    /** {@code *.bpmn} or {@code *.bpmn20.xml}: parse with {@link BpmnModelParser}. */
    BPMN,
    /** {@code *.form}: parse with {@link FormParser}. */
    FORM;

    /** The type of a resource by its name; empty for anything else (DMN, RPA, ... are not supported). */
    public static Optional<ResourceType> of(String resourceName) {
        String name = resourceName == null ? "" : resourceName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".bpmn") || name.endsWith(".bpmn20.xml")) {
            return Optional.of(BPMN);
        }
        if (name.endsWith(".form")) {
            return Optional.of(FORM);
        }
        return Optional.empty();
    }
}
