package jp.juchu.engine.model;

import java.util.Set;

import io.camunda.zeebe.model.bpmn.instance.BaseElement;
import io.camunda.zeebe.model.bpmn.instance.CallActivity;
import io.camunda.zeebe.model.bpmn.instance.ExtensionElements;
import io.camunda.zeebe.model.bpmn.instance.FlowNode;
import io.camunda.zeebe.model.bpmn.instance.Message;
import io.camunda.zeebe.model.bpmn.instance.ReceiveTask;
import io.camunda.zeebe.model.bpmn.instance.ScriptTask;
import io.camunda.zeebe.model.bpmn.instance.UserTask;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeAssignmentDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeBindingType;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeCalledElement;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeFormDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeHeader;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeInput;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeIoMapping;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeOutput;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebePriorityDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeScript;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeSubscription;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskHeaders;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskSchedule;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeUserTask;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

import jp.juchu.engine.feel.FeelEvaluator;

/** Reads the Zeebe extension elements of tasks, messages and mappings, refusing those the engine does not execute. */
final class TaskExtensions {

    private final FeelChecks checks;
    private final Problems problems;

    TaskExtensions(FeelChecks checks, Problems problems) {
        this.checks = checks;
        this.problems = problems;
    }

    void jobTask(FlowNode task, ElementModel.Builder builder) {
        checkExtensions(task, Set.of("taskDefinition", "taskHeaders", "ioMapping", "properties"));
        ZeebeTaskDefinition definition = task.getSingleExtensionElement(ZeebeTaskDefinition.class);
        if (definition == null) {
            problems.add(task, "a zeebe:taskDefinition with a job type is required");
        } else {
            String retries = definition.getRetries() == null || definition.getRetries().isBlank()
                    ? JobDefinition.DEFAULT_RETRIES : definition.getRetries();
            checks.string(definition, "job type", definition.getType());
            checks.wholeNumber(definition, "retries", retries, 0, Integer.MAX_VALUE);
            builder.job(new JobDefinition(definition.getType(), retries));
        }
        headers(task, builder);
        ioMapping(task, builder, true, true);
    }

    void userTask(UserTask task, ElementModel.Builder builder) {
        checkExtensions(task, Set.of("userTask", "formDefinition", "assignmentDefinition", "taskSchedule",
                "priorityDefinition", "taskHeaders", "ioMapping", "properties"));
        if (task.getSingleExtensionElement(ZeebeUserTask.class) == null) {
            problems.add(task, "only native Camunda user tasks (zeebe:userTask) are supported; job-worker user tasks are not");
        }
        ZeebeAssignmentDefinition assignment = task.getSingleExtensionElement(ZeebeAssignmentDefinition.class);
        ZeebeTaskSchedule schedule = task.getSingleExtensionElement(ZeebeTaskSchedule.class);
        ZeebePriorityDefinition priority = task.getSingleExtensionElement(ZeebePriorityDefinition.class);
        ZeebeFormDefinition form = task.getSingleExtensionElement(ZeebeFormDefinition.class);
        String assignee = assignment == null ? null : blankToNull(assignment.getAssignee());
        String groups = assignment == null ? null : blankToNull(assignment.getCandidateGroups());
        String users = assignment == null ? null : blankToNull(assignment.getCandidateUsers());
        String dueDate = schedule == null ? null : blankToNull(schedule.getDueDate());
        String followUp = schedule == null ? null : blankToNull(schedule.getFollowUpDate());
        String priorityValue = priority == null ? null : blankToNull(priority.getPriority());
        checks.optionalExpression(assignment, "assignee", assignee);
        checks.optionalExpression(assignment, "candidateGroups", groups);
        checks.optionalExpression(assignment, "candidateUsers", users);
        checks.dateTime(schedule, "dueDate", dueDate);
        checks.dateTime(schedule, "followUpDate", followUp);
        if (priorityValue != null) {
            checks.wholeNumber(priority, "priority", priorityValue, 0, 100);
        }
        String formId = null;
        String externalReference = null;
        if (form != null) {
            formId = blankToNull(form.getFormId());
            externalReference = blankToNull(form.getExternalReference());
            if (blankToNull(form.getFormKey()) != null) {
                problems.add(form, "formKey (embedded or custom form keys of job-worker user tasks) is not supported; use formId");
            }
            if (form.getBindingType() != null && form.getBindingType() != ZeebeBindingType.latest) {
                problems.add(form, "form binding type '" + form.getBindingType() + "' is not supported; only 'latest'");
            }
            if (formId != null && FeelEvaluator.isExpression(formId)) {
                problems.add(form, "formId must be a static form id");
            }
            checks.optionalExpression(form, "externalReference", externalReference);
        }
        builder.userTask(new UserTaskDefinition(assignee, groups, users, dueDate, followUp, priorityValue,
                formId, externalReference));
        headers(task, builder);
        ioMapping(task, builder, true, true);
    }

    void receiveTask(ReceiveTask task, ElementModel.Builder builder) {
        checkExtensions(task, Set.of("ioMapping", "properties"));
        builder.message(message(task, task.getMessage(), true));
        ioMapping(task, builder, true, true);
    }

    void scriptTask(ScriptTask task, ElementModel.Builder builder) {
        checkExtensions(task, Set.of("script", "ioMapping", "properties"));
        ZeebeScript script = task.getSingleExtensionElement(ZeebeScript.class);
        if (script == null) {
            problems.add(task, "a zeebe:script with a FEEL expression and a result variable is required "
                    + "(script tasks implemented by job workers are not supported)");
        } else {
            checks.requiredExpression(script, "script expression", script.getExpression());
            if (blankToNull(script.getResultVariable()) == null) {
                problems.add(script, "resultVariable is required");
            }
            builder.script(new ScriptDefinition(script.getExpression(), script.getResultVariable()));
        }
        ioMapping(task, builder, true, true);
    }

    void callActivity(CallActivity activity, ElementModel.Builder builder) {
        checkExtensions(activity, Set.of("calledElement", "ioMapping", "properties"));
        ZeebeCalledElement called = activity.getSingleExtensionElement(ZeebeCalledElement.class);
        if (called == null) {
            problems.add(activity, "a zeebe:calledElement with a processId is required");
        } else {
            if (called.getBindingType() != null && called.getBindingType() != ZeebeBindingType.latest) {
                problems.add(called, "binding type '" + called.getBindingType() + "' is not supported; only 'latest'");
            }
            checks.string(called, "processId", called.getProcessId());
            builder.calledElement(new CalledElement(called.getProcessId(),
                    called.isPropagateAllChildVariablesEnabled(), called.isPropagateAllParentVariablesEnabled()));
        }
        ioMapping(activity, builder, true, true);
    }

    MessageDefinition message(BaseElement owner, Message message, boolean needsCorrelationKey) {
        if (message == null) {
            problems.add(owner, "a message reference is required");
            return null;
        }
        String name = message.getName();
        if (blankToNull(name) == null) {
            problems.add(message, "the message needs a name");
        } else if (!needsCorrelationKey && FeelEvaluator.isExpression(name)) {
            problems.add(owner, "the message name of a process message start event must be static");
        } else {
            checks.string(message, "message name", name);
        }
        if (!needsCorrelationKey) {
            return new MessageDefinition(name, null);
        }
        ZeebeSubscription subscription = message.getSingleExtensionElement(ZeebeSubscription.class);
        String correlationKey = subscription == null ? null : blankToNull(subscription.getCorrelationKey());
        if (correlationKey == null) {
            problems.add(owner, "message '" + name + "' needs a zeebe:subscription correlationKey");
        } else {
            checks.optionalExpression(subscription, "correlationKey", correlationKey);
        }
        return new MessageDefinition(name, correlationKey);
    }

    private void headers(FlowNode node, ElementModel.Builder builder) {
        ZeebeTaskHeaders headers = node.getSingleExtensionElement(ZeebeTaskHeaders.class);
        if (headers != null) {
            for (ZeebeHeader header : headers.getHeaders()) {
                builder.taskHeader(header.getKey(), header.getValue());
            }
        }
    }

    void ioMapping(FlowNode node, ElementModel.Builder builder, boolean inputsAllowed, boolean outputsAllowed) {
        ZeebeIoMapping mapping = node.getSingleExtensionElement(ZeebeIoMapping.class);
        if (mapping == null) {
            return;
        }
        if (!inputsAllowed && !mapping.getInputs().isEmpty()) {
            problems.add(node, "input mappings are not supported on " + node.getElementType().getTypeName());
        }
        if (!outputsAllowed && !mapping.getOutputs().isEmpty()) {
            problems.add(node, "output mappings are not supported on " + node.getElementType().getTypeName());
        }
        for (ZeebeInput input : mapping.getInputs()) {
            builder.input(mapping(input, input.getSource(), input.getTarget()));
        }
        for (ZeebeOutput output : mapping.getOutputs()) {
            builder.output(mapping(output, output.getSource(), output.getTarget()));
        }
    }

    private Mapping mapping(ModelElementInstance element, String source, String target) {
        String effectiveSource = blankToNull(source) == null ? "=null" : source;
        checks.optionalExpression(element, "mapping source", effectiveSource);
        if (blankToNull(target) == null) {
            problems.add(element, "a mapping needs a target");
        }
        return new Mapping(effectiveSource, target);
    }

    /** Refuses extension elements the engine does not read on this element. */
    void checkExtensions(BaseElement element, Set<String> allowedZeebe) {
        ExtensionElements extensions = element.getExtensionElements();
        if (extensions == null) {
            return;
        }
        for (ModelElementInstance extension : extensions.getElementsQuery().list()) {
            String namespace = extension.getElementType().getTypeNamespace();
            String name = extension.getElementType().getTypeName();
            if (!ForeignMarkup.ZEEBE_NS.equals(namespace)) {
                if (!ForeignMarkup.CAMUNDA7_NS.equals(namespace)) {
                    problems.add(element, "extension element {" + namespace + "}" + name + " is not supported");
                }
            } else if (!allowedZeebe.contains(name)) {
                problems.add(element, "zeebe:" + name + " is not supported on " + element.getElementType().getTypeName()
        );
            }
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
