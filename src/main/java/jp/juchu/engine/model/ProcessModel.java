package jp.juchu.engine.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * One executable process of a deployed BPMN resource, immutable and independent of the process version.
 * The process itself is the outermost flow scope; its scope id is {@link #bpmnProcessId()}.
 */
public final class ProcessModel {

    private final String bpmnProcessId;
    private final String name;
    private final String versionTag;
    private final Map<String, ElementModel> elements;
    private final Map<String, SequenceFlowModel> sequenceFlows;
    private final List<String> eventSubProcessIds;
    private final Map<String, List<ElementModel>> childrenByScope;

    ProcessModel(String bpmnProcessId, String name, String versionTag, Map<String, ElementModel> elements,
                 Map<String, SequenceFlowModel> sequenceFlows, List<String> eventSubProcessIds) {
        this.bpmnProcessId = bpmnProcessId;
        this.name = name;
        this.versionTag = versionTag;
        this.elements = Collections.unmodifiableMap(new LinkedHashMap<>(elements));
        this.sequenceFlows = Collections.unmodifiableMap(new LinkedHashMap<>(sequenceFlows));
        this.eventSubProcessIds = List.copyOf(eventSubProcessIds);
        Map<String, List<ElementModel>> children = new LinkedHashMap<>();
        for (ElementModel element : this.elements.values()) {
            children.computeIfAbsent(element.flowScopeId(), scope -> new java.util.ArrayList<>()).add(element);
        }
        children.replaceAll((scope, list) -> List.copyOf(list));
        this.childrenByScope = Collections.unmodifiableMap(children);
    }

    public String bpmnProcessId() {
        return bpmnProcessId;
    }

    /** The process name, or {@code null}. */
    public String name() {
        return name;
    }

    /** {@code zeebe:versionTag} of the process, or {@code null}. */
    public String versionTag() {
        return versionTag;
    }

    /** Every flow element (not sequence flows) by id, in document order, all scopes included. */
    public Map<String, ElementModel> elements() {
        return elements;
    }

    /** @throws NoSuchElementException if the process has no element with this id */
    public ElementModel element(String elementId) {
        ElementModel element = elements.get(elementId);
        if (element == null) {
            throw new NoSuchElementException("process '" + bpmnProcessId + "' has no element '" + elementId + "'");
        }
        return element;
    }

    public Optional<ElementModel> findElement(String elementId) {
        return Optional.ofNullable(elements.get(elementId));
    }

    /** @throws NoSuchElementException if the process has no sequence flow with this id */
    public SequenceFlowModel sequenceFlow(String flowId) {
        SequenceFlowModel flow = sequenceFlows.get(flowId);
        if (flow == null) {
            throw new NoSuchElementException("process '" + bpmnProcessId + "' has no sequence flow '" + flowId + "'");
        }
        return flow;
    }

    /** Elements whose flow scope is {@code scopeId} (the process id or a (event) sub-process id). */
    public List<ElementModel> children(String scopeId) {
        return childrenByScope.getOrDefault(scopeId, List.of());
    }

    /** Start events of the process itself (not those of event sub-processes): none, message or timer. */
    public List<ElementModel> startEvents() {
        return children(bpmnProcessId).stream().filter(e -> e.kind() == ElementKind.START_EVENT).toList();
    }

    /** The none start event of the process, used by "create process instance". */
    public Optional<ElementModel> noneStartEvent() {
        return startEvents().stream().filter(e -> e.eventType() == EventType.NONE).findFirst();
    }

    /** Process-level message start events (each opens a subscription per deployed version). */
    public List<ElementModel> messageStartEvents() {
        return startEvents().stream().filter(e -> e.eventType() == EventType.MESSAGE).toList();
    }

    /** Process-level timer start events (date or cycle). */
    public List<ElementModel> timerStartEvents() {
        return startEvents().stream().filter(e -> e.eventType() == EventType.TIMER).toList();
    }

    /**
     * The event sub-processes directly inside a scope: the process ({@code scopeId = bpmnProcessId}) or a
     * sub-process / event sub-process.
     */
    public List<ElementModel> eventSubProcesses(String scopeId) {
        List<String> ids = bpmnProcessId.equals(scopeId) ? eventSubProcessIds : element(scopeId).eventSubProcessIds();
        return ids.stream().map(this::element).toList();
    }

    /** The boundary events attached to an activity, in document order. */
    public List<ElementModel> boundaryEvents(String activityId) {
        return element(activityId).boundaryEventIds().stream().map(this::element).toList();
    }

    /** The start event of a sub-process or event sub-process. */
    public ElementModel startEventOf(String scopeId) {
        String startId = element(scopeId).startEventId();
        if (startId == null) {
            throw new NoSuchElementException("'" + scopeId + "' is not a sub-process");
        }
        return element(startId);
    }

    @Override
    public String toString() {
        return "ProcessModel[" + bpmnProcessId + ", " + elements.size() + " elements]";
    }
}
