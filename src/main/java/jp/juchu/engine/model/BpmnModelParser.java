package jp.juchu.engine.model;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.Process;
import io.camunda.zeebe.model.bpmn.validation.zeebe.ZeebeDesignTimeValidators;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.camunda.bpm.model.xml.validation.ValidationResult;
import org.camunda.bpm.model.xml.validation.ValidationResultType;
import org.camunda.bpm.model.xml.validation.ValidationResults;

import jp.juchu.engine.feel.FeelEvaluator;

/**
 * Turns a BPMN resource into {@link ProcessModel}s, or refuses it with every problem found. Thread-safe.
 *
 * <p>Checks, in this order, all collected into one {@link InvalidModelException}: the XML reads as BPMN;
 * Zeebe's design-time validators (which also demand at least one executable process); only supported elements, event
 * definitions and extensions (see the package documentation); every {@code =} expression parses as FEEL and
 * every static timer / number / date is well-formed.
 */
public final class BpmnModelParser {

    private final FeelEvaluator feel;

    public BpmnModelParser(FeelEvaluator feel) {
        this.feel = feel;
    }

    /**
     * @param resourceName used in the error only
     * @return the executable processes of the resource, in document order (at least one)
     * @throws InvalidModelException listing every problem of the resource
     */
    public List<ProcessModel> parse(String resourceName, byte[] xml) {
        BpmnModelInstance model;
        try {
            model = Bpmn.readModelFromStream(new ByteArrayInputStream(xml));
        } catch (RuntimeException e) {
            throw new InvalidModelException(resourceName,
                    List.of(new ModelProblem(null, "definitions", "not a readable BPMN document: " + rootMessage(e))));
        }
        Problems problems = new Problems();
        designTimeValidation(model, problems);
        ForeignMarkup.check(xml, problems);

        List<Process> executable = model.getModelElementsByType(Process.class).stream()
                .filter(Process::isExecutable)
                .toList();
        List<ProcessModel> processes = new ArrayList<>();
        for (Process process : executable) {
            processes.add(new ProcessTranslator(process, feel, problems).translate());
        }
        if (!problems.isEmpty()) {
            throw new InvalidModelException(resourceName, problems.list());
        }
        return List.copyOf(processes);
    }

    private static void designTimeValidation(BpmnModelInstance model, Problems problems) {
        ValidationResults results = model.validate(ZeebeDesignTimeValidators.VALIDATORS);
        for (Map.Entry<ModelElementInstance, List<ValidationResult>> entry : results.getResults().entrySet()) {
            for (ValidationResult result : entry.getValue()) {
                if (result.getType() == ValidationResultType.ERROR) {
                    problems.add(entry.getKey(), result.getMessage());
                }
            }
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable current = e;
        String message = e.getMessage();
        while (current.getCause() != null && current.getCause() != current) {
            current = current.getCause();
            if (current.getMessage() != null) {
                message = current.getMessage();
            }
        }
        return message;
    }
}
