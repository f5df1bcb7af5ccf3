package jp.juchu.engine.model;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A BPMN or form resource that cannot be deployed. Carries every problem found in the resource, so that a
 * single 400 answer can list them all; {@link #getMessage()} already does.
 */
public class InvalidModelException extends RuntimeException {

    private final String resourceName;
    private final List<ModelProblem> problems;

    public InvalidModelException(String resourceName, List<ModelProblem> problems) {
        super(describe(resourceName, problems));
        this.resourceName = resourceName;
        this.problems = List.copyOf(problems);
    }

    public String resourceName() {
        return resourceName;
    }

    public List<ModelProblem> problems() {
        return problems;
    }

    private static String describe(String resourceName, List<ModelProblem> problems) {
        return "Resource '" + resourceName + "' is invalid (" + problems.size() + " problem"
                + (problems.size() == 1 ? "" : "s") + "):\n"
                + problems.stream().map(p -> "- " + p).collect(Collectors.joining("\n"));
    }
}
