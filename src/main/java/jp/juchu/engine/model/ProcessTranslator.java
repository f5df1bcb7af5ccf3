package jp.juchu.engine.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.camunda.zeebe.model.bpmn.instance.Activity;
import io.camunda.zeebe.model.bpmn.instance.AdHocSubProcess;
import io.camunda.zeebe.model.bpmn.instance.BaseElement;
import io.camunda.zeebe.model.bpmn.instance.BoundaryEvent;
import io.camunda.zeebe.model.bpmn.instance.CallActivity;
import io.camunda.zeebe.model.bpmn.instance.CatchEvent;
import io.camunda.zeebe.model.bpmn.instance.ConditionExpression;
import io.camunda.zeebe.model.bpmn.instance.DataObject;
import io.camunda.zeebe.model.bpmn.instance.DataObjectReference;
import io.camunda.zeebe.model.bpmn.instance.DataStoreReference;
import io.camunda.zeebe.model.bpmn.instance.EndEvent;
import io.camunda.zeebe.model.bpmn.instance.ErrorEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.EventBasedGateway;
import io.camunda.zeebe.model.bpmn.instance.EventDefinition;
import io.camunda.zeebe.model.bpmn.instance.ExclusiveGateway;
import io.camunda.zeebe.model.bpmn.instance.FlowElement;
import io.camunda.zeebe.model.bpmn.instance.FlowNode;
import io.camunda.zeebe.model.bpmn.instance.IntermediateCatchEvent;
import io.camunda.zeebe.model.bpmn.instance.IntermediateThrowEvent;
import io.camunda.zeebe.model.bpmn.instance.MessageEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.ParallelGateway;
import io.camunda.zeebe.model.bpmn.instance.Process;
import io.camunda.zeebe.model.bpmn.instance.ReceiveTask;
import io.camunda.zeebe.model.bpmn.instance.ScriptTask;
import io.camunda.zeebe.model.bpmn.instance.SendTask;
import io.camunda.zeebe.model.bpmn.instance.SequenceFlow;
import io.camunda.zeebe.model.bpmn.instance.ServiceTask;
import io.camunda.zeebe.model.bpmn.instance.StartEvent;
import io.camunda.zeebe.model.bpmn.instance.SubProcess;
import io.camunda.zeebe.model.bpmn.instance.TerminateEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.ThrowEvent;
import io.camunda.zeebe.model.bpmn.instance.TimerEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.Transaction;
import io.camunda.zeebe.model.bpmn.instance.UserTask;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeVersionTag;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

import jp.juchu.engine.feel.FeelEvaluator;

/** Translates one executable process into a {@link ProcessModel}, reporting what it cannot support. */
final class ProcessTranslator {

    private final Process process;
    private final FeelChecks checks;
    private final Problems problems;
    private final TaskExtensions extensions;
    private final Map<String, ElementModel.Builder> builders = new LinkedHashMap<>();
    private final Map<String, FlowNode> nodes = new LinkedHashMap<>();
    private final List<SequenceFlow> flows = new ArrayList<>();
    private final List<String> processEventSubProcesses = new ArrayList<>();

    ProcessTranslator(Process process, FeelEvaluator feel, Problems problems) {
        this.process = process;
        this.checks = new FeelChecks(feel, problems);
        this.problems = problems;
        this.extensions = new TaskExtensions(checks, problems);
    }

    ProcessModel translate() {
        extensions.checkExtensions(process, Set.of("versionTag", "properties"));
        walk(process.getFlowElements(), process.getId());
        Map<String, SequenceFlowModel> flowModels = linkFlows();
        linkBoundaryEvents();
        checkFlowStructure(flowModels);
        checkGatewayRules();
        Map<String, ElementModel> elements = new LinkedHashMap<>();
        builders.forEach((id, builder) -> elements.put(id, builder.build()));
        new TriggerUniqueness(elements, problems).check(process.getId(), processEventSubProcesses);
        ZeebeVersionTag versionTag = process.getSingleExtensionElement(ZeebeVersionTag.class);
        return new ProcessModel(process.getId(), process.getName(),
                versionTag == null ? null : versionTag.getValue(), elements, flowModels, processEventSubProcesses);
    }

    private void walk(Collection<FlowElement> elements, String scopeId) {
        for (FlowElement element : elements) {
            if (element instanceof SequenceFlow flow) {
                flows.add(flow);
                extensions.checkExtensions(flow, Set.of("properties"));
            } else if (element instanceof DataObject || element instanceof DataObjectReference
                    || element instanceof DataStoreReference) {
                continue;
            } else if (element instanceof FlowNode node) {
                translateNode(node, scopeId);
            } else {
                unsupported(element);
            }
        }
    }

    private void translateNode(FlowNode node, String scopeId) {
        ElementKind kind = kindOf(node);
        if (kind == null) {
            unsupported(node);
            return;
        }
        ElementModel.Builder builder = ElementModel.builder(node.getId(), kind)
                .name(node.getName())
                .flowScopeId(scopeId);
        builders.put(node.getId(), builder);
        nodes.put(node.getId(), node);
        if (node instanceof Activity activity) {
            checkActivity(activity);
        }
        switch (kind) {
            case SERVICE_TASK, SEND_TASK -> extensions.jobTask(node, builder);
            case USER_TASK -> extensions.userTask((UserTask) node, builder);
            case RECEIVE_TASK -> extensions.receiveTask((ReceiveTask) node, builder);
            case SCRIPT_TASK -> extensions.scriptTask((ScriptTask) node, builder);
            case CALL_ACTIVITY -> extensions.callActivity((CallActivity) node, builder);
            case SUB_PROCESS -> subProcess((SubProcess) node, builder);
            case EVENT_SUB_PROCESS -> eventSubProcess((SubProcess) node, builder, scopeId);
            case EXCLUSIVE_GATEWAY, PARALLEL_GATEWAY, EVENT_BASED_GATEWAY -> extensions.checkExtensions(node, Set.of("properties"));
            default -> event(node, builder, scopeId);
        }
    }

    private static ElementKind kindOf(FlowNode node) {
        if (node instanceof Transaction || node instanceof AdHocSubProcess) {
            return null;
        }
        if (node instanceof SubProcess subProcess) {
            return subProcess.triggeredByEvent() ? ElementKind.EVENT_SUB_PROCESS : ElementKind.SUB_PROCESS;
        }
        if (node instanceof ServiceTask) {
            return ElementKind.SERVICE_TASK;
        }
        if (node instanceof SendTask) {
            return ElementKind.SEND_TASK;
        }
        if (node instanceof UserTask) {
            return ElementKind.USER_TASK;
        }
        if (node instanceof ReceiveTask) {
            return ElementKind.RECEIVE_TASK;
        }
        if (node instanceof ScriptTask) {
            return ElementKind.SCRIPT_TASK;
        }
        if (node instanceof CallActivity) {
            return ElementKind.CALL_ACTIVITY;
        }
        if (node instanceof ExclusiveGateway) {
            return ElementKind.EXCLUSIVE_GATEWAY;
        }
        if (node instanceof ParallelGateway) {
            return ElementKind.PARALLEL_GATEWAY;
        }
        if (node instanceof EventBasedGateway) {
            return ElementKind.EVENT_BASED_GATEWAY;
        }
        if (node instanceof StartEvent) {
            return ElementKind.START_EVENT;
        }
        if (node instanceof EndEvent) {
            return ElementKind.END_EVENT;
        }
        if (node instanceof BoundaryEvent) {
            return ElementKind.BOUNDARY_EVENT;
        }
        if (node instanceof IntermediateCatchEvent) {
            return ElementKind.INTERMEDIATE_CATCH_EVENT;
        }
        if (node instanceof IntermediateThrowEvent) {
            return ElementKind.INTERMEDIATE_THROW_EVENT;
        }
        return null;
    }

    private void unsupported(BaseElement element) {
        problems.add(element, "element type '" + element.getElementType().getTypeName() + "' is not supported");
    }

    // ---- activities ----------------------------------------------------------------------------------------

    private void checkActivity(Activity activity) {
        if (activity.getLoopCharacteristics() != null) {
            problems.add(activity, "multi-instance and loop characteristics are not supported");
        }
        if (activity.isForCompensation()) {
            problems.add(activity, "compensation activities are not supported");
        }
        if (activity.getDefault() != null) {
            problems.add(activity, "a default flow is only supported on an exclusive gateway");
        }
    }

    private void subProcess(SubProcess subProcess, ElementModel.Builder builder) {
        extensions.checkExtensions(subProcess, Set.of("ioMapping", "properties"));
        extensions.ioMapping(subProcess, builder, true, true);
        walk(subProcess.getFlowElements(), subProcess.getId());
        for (FlowElement child : subProcess.getFlowElements()) {
            if (child instanceof StartEvent start) {
                builder.startEventId(start.getId());
            } else if (child instanceof SubProcess inner && inner.triggeredByEvent()) {
                builder.eventSubProcessId(inner.getId());
            }
        }
    }

    private void eventSubProcess(SubProcess subProcess, ElementModel.Builder builder, String scopeId) {
        extensions.checkExtensions(subProcess, Set.of("properties"));
        if (scopeId.equals(process.getId())) {
            processEventSubProcesses.add(subProcess.getId());
        }
        walk(subProcess.getFlowElements(), subProcess.getId());
        for (FlowElement child : subProcess.getFlowElements()) {
            if (child instanceof StartEvent start) {
                builder.startEventId(start.getId());
                builder.interrupting(start.isInterrupting());
            } else if (child instanceof SubProcess inner && inner.triggeredByEvent()) {
                builder.eventSubProcessId(inner.getId());
            }
        }
    }

    // ---- events --------------------------------------------------------------------------------------------

    private void event(FlowNode node, ElementModel.Builder builder, String scopeId) {
        Collection<EventDefinition> definitions = node instanceof CatchEvent catchEvent
                ? catchEvent.getEventDefinitions() : ((ThrowEvent) node).getEventDefinitions();
        if (definitions.size() > 1) {
            problems.add(node, "events with more than one event definition are not supported");
            return;
        }
        EventDefinition definition = definitions.isEmpty() ? null : definitions.iterator().next();
        EventType type = eventType(definition);
        if (type == null) {
            problems.add(node, "event definition '" + definition.getElementType().getTypeName()
                    + "' is not supported on " + node.getElementType().getTypeName());
            return;
        }
        builder.eventType(type);
        Set<EventType> allowed = allowedEventTypes(node, scopeId);
        if (!allowed.contains(type)) {
            problems.add(node, type.name().toLowerCase(java.util.Locale.ROOT) + " "
                    + node.getElementType().getTypeName() + " is not supported here (supported: " + allowed + ")");
        }
        boolean inputs = builder.kind() == ElementKind.INTERMEDIATE_THROW_EVENT;
        boolean outputs = builder.kind() != ElementKind.END_EVENT;
        extensions.checkExtensions(node, outputs ? Set.of("ioMapping", "properties") : Set.of("properties"));
        extensions.ioMapping(node, builder, inputs, outputs);
        boolean topLevelStart = node instanceof StartEvent && scopeId.equals(process.getId());
        switch (type) {
            case MESSAGE -> builder.message(extensions.message(node, ((MessageEventDefinition) definition).getMessage(), !topLevelStart));
            case TIMER -> builder.timer(timer(node, (TimerEventDefinition) definition));
            case ERROR -> builder.errorCode(errorCode(node, (ErrorEventDefinition) definition));
            default -> {
            }
        }
        if (node instanceof BoundaryEvent boundary) {
            builder.attachedToId(boundary.getAttachedTo() == null ? null : boundary.getAttachedTo().getId());
            builder.interrupting(boundary.cancelActivity());
        } else if (node instanceof StartEvent start && nodes.get(scopeId) instanceof SubProcess scope
                && scope.triggeredByEvent()) {
            builder.interrupting(start.isInterrupting());
        }
    }

    private static EventType eventType(EventDefinition definition) {
        if (definition == null) {
            return EventType.NONE;
        }
        if (definition instanceof MessageEventDefinition) {
            return EventType.MESSAGE;
        }
        if (definition instanceof TimerEventDefinition) {
            return EventType.TIMER;
        }
        if (definition instanceof ErrorEventDefinition) {
            return EventType.ERROR;
        }
        if (definition instanceof TerminateEventDefinition) {
            return EventType.TERMINATE;
        }
        return null;
    }

    private Set<EventType> allowedEventTypes(FlowNode node, String scopeId) {
        if (node instanceof StartEvent) {
            if (scopeId.equals(process.getId())) {
                return EnumSet.of(EventType.NONE, EventType.MESSAGE, EventType.TIMER);
            }
            SubProcess scope = (SubProcess) nodes.get(scopeId);
            return scope.triggeredByEvent()
                    ? EnumSet.of(EventType.MESSAGE, EventType.TIMER, EventType.ERROR)
                    : EnumSet.of(EventType.NONE);
        }
        if (node instanceof EndEvent) {
            return EnumSet.of(EventType.NONE, EventType.ERROR, EventType.TERMINATE);
        }
        if (node instanceof BoundaryEvent) {
            return EnumSet.of(EventType.MESSAGE, EventType.TIMER, EventType.ERROR);
        }
        if (node instanceof IntermediateCatchEvent) {
            return EnumSet.of(EventType.MESSAGE, EventType.TIMER);
        }
        return EnumSet.of(EventType.NONE);
    }

    private TimerDefinition timer(FlowNode node, TimerEventDefinition definition) {
        List<TimerDefinition> given = new ArrayList<>();
        if (definition.getTimeDuration() != null) {
            given.add(new TimerDefinition(TimerDefinition.Type.DURATION, text(definition.getTimeDuration())));
        }
        if (definition.getTimeDate() != null) {
            given.add(new TimerDefinition(TimerDefinition.Type.DATE, text(definition.getTimeDate())));
        }
        if (definition.getTimeCycle() != null) {
            given.add(new TimerDefinition(TimerDefinition.Type.CYCLE, text(definition.getTimeCycle())));
        }
        if (given.size() != 1 || given.get(0).value() == null) {
            problems.add(node, "a timer needs exactly one non-empty timeDuration, timeDate or timeCycle");
            return given.isEmpty() ? null : given.get(0);
        }
        TimerDefinition timer = given.get(0);
        checks.timer(node, timer);
        boolean allowed = switch (timer.type()) {
            case DURATION -> !(node instanceof StartEvent start) || !scopeIsProcess(start);
            case DATE -> true;
            case CYCLE -> node instanceof StartEvent
                    || (node instanceof BoundaryEvent boundary && !boundary.cancelActivity());
        };
        if (!allowed) {
            problems.add(node, "timer " + timer.type().name().toLowerCase(java.util.Locale.ROOT)
                    + " is not supported on this " + node.getElementType().getTypeName());
        }
        return timer;
    }

    private boolean scopeIsProcess(FlowNode node) {
        return node.getParentElement() instanceof Process;
    }

    private String errorCode(FlowNode node, ErrorEventDefinition definition) {
        String code = definition.getError() == null ? null : blankToNull(definition.getError().getErrorCode());
        if (node instanceof EndEvent) {
            if (code == null) {
                problems.add(node, "an error end event needs an error with an errorCode");
            } else {
                checks.string(definition.getError(), "errorCode", code);
            }
        } else if (code != null && FeelEvaluator.isExpression(code)) {
            problems.add(node, "the errorCode of a catching error event must be static");
        }
        return code;
    }

    private static String text(ModelElementInstance element) {
        return blankToNull(element.getTextContent() == null ? null : element.getTextContent().trim());
    }

    // ---- wiring --------------------------------------------------------------------------------------------

    private Map<String, SequenceFlowModel> linkFlows() {
        Map<String, SequenceFlowModel> models = new LinkedHashMap<>();
        for (SequenceFlow flow : flows) {
            FlowNode source = flow.getSource();
            FlowNode target = flow.getTarget();
            if (source == null || target == null) {
                problems.add(flow, "a sequence flow needs a source and a target");
                continue;
            }
            String condition = conditionOf(flow);
            boolean isDefault = source instanceof ExclusiveGateway gateway && gateway.getDefault() == flow;
            if (condition != null && !(source instanceof ExclusiveGateway)) {
                problems.add(flow, "conditions are only supported on sequence flows leaving an exclusive gateway");
            }
            if (condition != null && isDefault) {
                problems.add(flow, "the default flow must not have a condition");
            }
            if (condition != null) {
                checks.requiredExpression(flow, "condition", condition);
            }
            SequenceFlowModel model = new SequenceFlowModel(flow.getId(), flow.getName(), source.getId(),
                    target.getId(), condition, isDefault);
            models.put(flow.getId(), model);
            ElementModel.Builder from = builders.get(source.getId());
            ElementModel.Builder to = builders.get(target.getId());
            if (from != null) {
                from.outgoing(model);
            }
            if (to != null) {
                to.incoming(model);
            }
        }
        return models;
    }

    private static String conditionOf(SequenceFlow flow) {
        ConditionExpression expression = flow.getConditionExpression();
        return expression == null ? null : text(expression);
    }

    private void linkBoundaryEvents() {
        for (ElementModel.Builder builder : builders.values()) {
            if (builder.kind() == ElementKind.BOUNDARY_EVENT) {
                FlowNode node = nodes.get(builder.id());
                Activity activity = ((BoundaryEvent) node).getAttachedTo();
                ElementModel.Builder host = activity == null ? null : builders.get(activity.getId());
                if (host == null) {
                    problems.add(node, "a boundary event must be attached to a supported activity");
                } else {
                    host.boundaryEventId(builder.id());
                    builder.flowScopeId(scopeOf(activity));
                }
            }
        }
    }

    private String scopeOf(FlowNode node) {
        ModelElementInstance parent = node.getParentElement();
        return parent instanceof BaseElement base ? base.getId() : process.getId();
    }

    /** Flows stay inside one scope; nothing enters a start/boundary event or an event sub-process, nothing leaves an end event. */
    private void checkFlowStructure(Map<String, SequenceFlowModel> flowModels) {
        for (SequenceFlowModel flow : flowModels.values()) {
            ElementModel.Builder source = builders.get(flow.sourceId());
            ElementModel.Builder target = builders.get(flow.targetId());
            FlowNode sourceNode = nodes.get(flow.sourceId());
            FlowNode targetNode = nodes.get(flow.targetId());
            if (source == null || target == null) {
                continue;
            }
            if (!scopeOf(sourceNode).equals(scopeOf(targetNode))) {
                problems.add(flow.id(), "sequenceFlow", "a sequence flow must connect elements of the same (sub-)process");
            }
            switch (target.kind()) {
                case START_EVENT, BOUNDARY_EVENT, EVENT_SUB_PROCESS ->
                        problems.add(targetNode, "a " + targetNode.getElementType().getTypeName()
                                + (target.kind() == ElementKind.EVENT_SUB_PROCESS ? " (event sub-process)" : "")
                                + " must not have incoming sequence flows");
                default -> {
                }
            }
            switch (source.kind()) {
                case END_EVENT, EVENT_SUB_PROCESS ->
                        problems.add(sourceNode, "a " + sourceNode.getElementType().getTypeName()
                                + (source.kind() == ElementKind.EVENT_SUB_PROCESS ? " (event sub-process)" : "")
                                + " must not have outgoing sequence flows");
                default -> {
                }
            }
        }
    }

    private void checkGatewayRules() {
        for (ElementModel.Builder builder : builders.values()) {
            FlowNode node = nodes.get(builder.id());
            if (builder.kind() == ElementKind.EVENT_BASED_GATEWAY) {
                for (SequenceFlow flow : node.getOutgoing().isEmpty() ? outgoingOf(node) : node.getOutgoing()) {
                    FlowNode target = flow.getTarget();
                    if (!(target instanceof IntermediateCatchEvent catchEvent)
                            || catchEvent.getEventDefinitions().size() != 1
                            || !(catchEvent.getEventDefinitions().iterator().next() instanceof MessageEventDefinition
                            || catchEvent.getEventDefinitions().iterator().next() instanceof TimerEventDefinition)) {
                        problems.add(node, "an event-based gateway may only lead to message or timer intermediate catch events");
                        break;
                    }
                }
            }
            if (builder.kind() == ElementKind.EXCLUSIVE_GATEWAY) {
                List<SequenceFlow> outgoing = outgoingOf(node);
                if (outgoing.size() > 1) {
                    ExclusiveGateway gateway = (ExclusiveGateway) node;
                    for (SequenceFlow flow : outgoing) {
                        if (flow != gateway.getDefault() && conditionOf(flow) == null) {
                            problems.add(flow, "a sequence flow leaving an exclusive gateway with several outgoing flows needs a condition unless it is the default flow");
                        }
                    }
                }
            }
        }
    }

    private List<SequenceFlow> outgoingOf(FlowNode node) {
        return flows.stream().filter(f -> f.getSource() == node).toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
