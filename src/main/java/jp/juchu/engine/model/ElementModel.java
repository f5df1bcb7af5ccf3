package jp.juchu.engine.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One executable flow element of a {@link ProcessModel}, immutable. Fields that do not apply to the
 * {@link #kind()} are {@code null} (definitions) or empty (lists, maps). Elements refer to each other by id;
 * look them up with {@link ProcessModel#element(String)}.
 */
public final class ElementModel {

    private final String id;
    private final String name;
    private final ElementKind kind;
    private final EventType eventType;
    private final String flowScopeId;
    private final List<SequenceFlowModel> incoming;
    private final List<SequenceFlowModel> outgoing;
    private final String attachedToId;
    private final boolean interrupting;
    private final List<String> boundaryEventIds;
    private final List<String> eventSubProcessIds;
    private final String startEventId;
    private final MessageDefinition message;
    private final TimerDefinition timer;
    private final String errorCode;
    private final List<Mapping> inputs;
    private final List<Mapping> outputs;
    private final JobDefinition job;
    private final Map<String, String> taskHeaders;
    private final UserTaskDefinition userTask;
    private final ScriptDefinition script;
    private final CalledElement calledElement;

    private ElementModel(Builder b) {
        this.id = b.id;
        this.name = b.name;
        this.kind = b.kind;
        this.eventType = b.eventType;
        this.flowScopeId = b.flowScopeId;
        this.incoming = List.copyOf(b.incoming);
        this.outgoing = List.copyOf(b.outgoing);
        this.attachedToId = b.attachedToId;
        this.interrupting = b.interrupting;
        this.boundaryEventIds = List.copyOf(b.boundaryEventIds);
        this.eventSubProcessIds = List.copyOf(b.eventSubProcessIds);
        this.startEventId = b.startEventId;
        this.message = b.message;
        this.timer = b.timer;
        this.errorCode = b.errorCode;
        this.inputs = List.copyOf(b.inputs);
        this.outputs = List.copyOf(b.outputs);
        this.job = b.job;
        this.taskHeaders = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(b.taskHeaders));
        this.userTask = b.userTask;
        this.script = b.script;
        this.calledElement = b.calledElement;
    }

    public String id() {
        return id;
    }

    /** The element's name, or {@code null}. */
    public String name() {
        return name;
    }

    public ElementKind kind() {
        return kind;
    }

    /** {@link EventType#NONE} for non-events and none events. */
    public EventType eventType() {
        return eventType;
    }

    /**
     * Id of the flow scope that contains this element: the bpmnProcessId for top-level elements, otherwise the
     * id of the sub-process / event sub-process. A boundary event's scope is the scope of its activity.
     */
    public String flowScopeId() {
        return flowScopeId;
    }

    /** Incoming sequence flows, in document order. */
    public List<SequenceFlowModel> incoming() {
        return incoming;
    }

    /**
     * Outgoing sequence flows, in document order. From a task or event with several outgoing flows all are
     * taken (implicit parallel split); the exclusive gateway takes the first whose condition is true, else its
     * default flow.
     */
    public List<SequenceFlowModel> outgoing() {
        return outgoing;
    }

    /** The default flow of an exclusive gateway, or {@code null}. */
    public SequenceFlowModel defaultFlow() {
        return outgoing.stream().filter(SequenceFlowModel::isDefault).findFirst().orElse(null);
    }

    /** Boundary events: id of the activity they are attached to; otherwise {@code null}. */
    public String attachedToId() {
        return attachedToId;
    }

    /**
     * Boundary event: {@code cancelActivity}. Start event of an event sub-process and the event sub-process
     * itself: {@code isInterrupting}. {@code false} for everything else.
     */
    public boolean interrupting() {
        return interrupting;
    }

    /** Activities: ids of the boundary events attached to it, in document order. */
    public List<String> boundaryEventIds() {
        return boundaryEventIds;
    }

    /** Sub-processes and event sub-processes: ids of the event sub-processes directly inside. */
    public List<String> eventSubProcessIds() {
        return eventSubProcessIds;
    }

    /**
     * Sub-process: its single none start event. Event sub-process: its single start event (message, timer or
     * error). Otherwise {@code null}.
     */
    public String startEventId() {
        return startEventId;
    }

    /** Message events and receive tasks; otherwise {@code null}. */
    public MessageDefinition message() {
        return message;
    }

    /** Timer events; otherwise {@code null}. */
    public TimerDefinition timer() {
        return timer;
    }

    /**
     * Error events. End event: the code thrown, a raw value (static or {@code =expression}, never null).
     * Boundary / event sub-process start: the static code caught, {@code null} = catch every error.
     */
    public String errorCode() {
        return errorCode;
    }

    /** {@code zeebe:input} mappings, applied when the element is activated, in order. */
    public List<Mapping> inputs() {
        return inputs;
    }

    /**
     * {@code zeebe:output} mappings, applied when the element completes, in order. Zeebe semantics: without
     * outputs, the result variables (job / message / user task completion variables) are propagated, each to the
     * nearest enclosing scope that already holds a variable of that name, otherwise to the process instance;
     * with outputs, only the mapped targets are propagated that way and the rest stays local.
     */
    public List<Mapping> outputs() {
        return outputs;
    }

    /** Service and send tasks; otherwise {@code null}. */
    public JobDefinition job() {
        return job;
    }

    /** {@code zeebe:taskHeaders} (static key/value, document order); empty if none. */
    public Map<String, String> taskHeaders() {
        return taskHeaders;
    }

    /** User tasks; otherwise {@code null}. */
    public UserTaskDefinition userTask() {
        return userTask;
    }

    /** Script tasks; otherwise {@code null}. */
    public ScriptDefinition script() {
        return script;
    }

    /** Call activities; otherwise {@code null}. */
    public CalledElement calledElement() {
        return calledElement;
    }

    @Override
    public String toString() {
        return kind + "[" + id + (eventType == EventType.NONE ? "" : ", " + eventType) + "]";
    }

    static Builder builder(String id, ElementKind kind) {
        return new Builder(id, kind);
    }

    /** Mutable only while the parser builds the model. */
    static final class Builder {
        private final String id;
        private final ElementKind kind;
        private String name;
        private EventType eventType = EventType.NONE;
        private String flowScopeId;
        private final List<SequenceFlowModel> incoming = new ArrayList<>();
        private final List<SequenceFlowModel> outgoing = new ArrayList<>();
        private String attachedToId;
        private boolean interrupting;
        private final List<String> boundaryEventIds = new ArrayList<>();
        private final List<String> eventSubProcessIds = new ArrayList<>();
        private String startEventId;
        private MessageDefinition message;
        private TimerDefinition timer;
        private String errorCode;
        private final List<Mapping> inputs = new ArrayList<>();
        private final List<Mapping> outputs = new ArrayList<>();
        private JobDefinition job;
        private final Map<String, String> taskHeaders = new LinkedHashMap<>();
        private UserTaskDefinition userTask;
        private ScriptDefinition script;
        private CalledElement calledElement;

        private Builder(String id, ElementKind kind) {
            this.id = id;
            this.kind = kind;
        }

        String id() {
            return id;
        }

        ElementKind kind() {
            return kind;
        }

        Builder name(String value) {
            this.name = value;
            return this;
        }

        Builder eventType(EventType value) {
            this.eventType = value;
            return this;
        }

        Builder flowScopeId(String value) {
            this.flowScopeId = value;
            return this;
        }

        Builder incoming(SequenceFlowModel flow) {
            incoming.add(flow);
            return this;
        }

        Builder outgoing(SequenceFlowModel flow) {
            outgoing.add(flow);
            return this;
        }

        Builder attachedToId(String value) {
            this.attachedToId = value;
            return this;
        }

        Builder interrupting(boolean value) {
            this.interrupting = value;
            return this;
        }

        Builder boundaryEventId(String value) {
            boundaryEventIds.add(value);
            return this;
        }

        Builder eventSubProcessId(String value) {
            eventSubProcessIds.add(value);
            return this;
        }

        Builder startEventId(String value) {
            this.startEventId = value;
            return this;
        }

        Builder message(MessageDefinition value) {
            this.message = value;
            return this;
        }

        Builder timer(TimerDefinition value) {
            this.timer = value;
            return this;
        }

        Builder errorCode(String value) {
            this.errorCode = value;
            return this;
        }

        Builder input(Mapping value) {
            inputs.add(value);
            return this;
        }

        Builder output(Mapping value) {
            outputs.add(value);
            return this;
        }

        Builder job(JobDefinition value) {
            this.job = value;
            return this;
        }

        Builder taskHeader(String key, String value) {
            taskHeaders.put(key, value);
            return this;
        }

        Builder userTask(UserTaskDefinition value) {
            this.userTask = value;
            return this;
        }

        Builder script(ScriptDefinition value) {
            this.script = value;
            return this;
        }

        Builder calledElement(CalledElement value) {
            this.calledElement = value;
            return this;
        }

        ElementModel build() {
            return new ElementModel(this);
        }
    }
}
