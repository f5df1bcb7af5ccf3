package jp.juchu.engine.runtime;

import java.time.ZonedDateTime;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.juchu.engine.ConditionalOnEmbeddedEngine;
import jp.juchu.engine.feel.Cycle;
import jp.juchu.engine.feel.FeelEvaluator;
import jp.juchu.engine.feel.FeelException;
import jp.juchu.engine.model.CalledElement;
import jp.juchu.engine.model.ElementKind;
import jp.juchu.engine.model.ElementModel;
import jp.juchu.engine.model.EventType;
import jp.juchu.engine.model.Mapping;
import jp.juchu.engine.model.ProcessModel;
import jp.juchu.engine.model.SequenceFlowModel;
import jp.juchu.engine.model.TimerDefinition;
import jp.juchu.engine.model.UserTaskDefinition;
import org.springframework.stereotype.Component;

/**
 * Zeebe's token semantics on the engine tables. Runs inside a command transaction whose caller holds the lock of
 * the instance's root; advances tokens until each waits (job, user task, subscription, timer, join) or ends.
 * Expression failures become incidents on the element, as in Zeebe, instead of failing the command.
 */
@Component
@ConditionalOnEmbeddedEngine
public class ProcessExecutor {

    static final String PROCESS = "PROCESS";

    private final InstanceStore instances;
    private final WorkStore work;
    private final EventStore events;
    private final Definitions definitions;
    private final KeyGenerator keys;
    private final EngineClock clock;
    private final FeelEvaluator feel;
    private final JobSignals signals;
    private final ThreadLocal<Deque<Runnable>> deferred = ThreadLocal.withInitial(ArrayDeque::new);

    ProcessExecutor(InstanceStore instances, WorkStore work, EventStore events, Definitions definitions,
            KeyGenerator keys, EngineClock clock, FeelEvaluator feel, JobSignals signals) {
        this.instances = instances;
        this.work = work;
        this.events = events;
        this.definitions = definitions;
        this.keys = keys;
        this.clock = clock;
        this.feel = feel;
        this.signals = signals;
    }

    /** Runs triggers that were found while tokens moved (e.g. a buffered message for a new subscription). */
    void drain() {
        Deque<Runnable> queue = deferred.get();
        try {
            while (!queue.isEmpty()) {
                queue.poll().run();
            }
        } finally {
            deferred.remove();
        }
    }

    void discard() {
        deferred.remove();
    }

    // ------------------------------------------------------------------ instances

    Rows.ProcessInstance startInstance(Rows.Definition definition, Map<String, Object> variables,
            ElementModel startEvent, Map<String, Object> startVariables, Rows.ElementInstance parent,
            Long rootInstanceKey) {
        ProcessModel model = definitions.model(definition.key());
        ElementModel start = startEvent != null ? startEvent : model.noneStartEvent()
                .orElseThrow(() -> EngineException.invalid("Expected to create an instance of process '"
                        + definition.bpmnProcessId() + "', but it has no none start event"));
        long key = keys.next();
        long now = clock.millis();
        Rows.ProcessInstance instance = new Rows.ProcessInstance(key, definition.key(), definition.bpmnProcessId(),
                definition.version(), "ACTIVE", now, null, parent == null ? null : parent.instanceKey(),
                parent == null ? null : parent.key(), rootInstanceKey == null ? key : rootInstanceKey, false);
        instances.insertInstance(instance);
        Rows.ElementInstance processElement = new Rows.ElementInstance(key, key, null, definition.key(),
                definition.bpmnProcessId(), definition.bpmnProcessId(), model.name(), PROCESS, null, "ACTIVE", now,
                null, null);
        instances.insertElement(processElement);
        instances.setAllLocal(key, key, variables);
        openEventSubProcessStarts(model, model.bpmnProcessId(), processElement);
        Rows.ElementInstance startInstance = newElement(start, processElement, null);
        completeElement(startInstance, startVariables);
        return instance;
    }

    void cancelInstance(Rows.ProcessInstance instance) {
        instances.element(instance.key()).filter(Rows.ElementInstance::active).ifPresent(this::terminateElement);
        instances.finishInstance(instance.key(), "TERMINATED", clock.millis());
        instances.markIncident(instance.key(), false);
    }

    // ------------------------------------------------------------------ activation

    /** Activates an element in a flow scope (taking a sequence flow, or by modification when flow is null). */
    void activate(ElementModel element, Rows.ElementInstance scope, String incomingFlow) {
        if (element.kind() == ElementKind.PARALLEL_GATEWAY && element.incoming().size() > 1) {
            join(element, scope, incomingFlow);
            return;
        }
        Rows.ElementInstance instance = newElement(element, scope, incomingFlow);
        activateBehaviour(element, instance);
    }

    private Rows.ElementInstance newElement(ElementModel element, Rows.ElementInstance scope, String incomingFlow) {
        Rows.ElementInstance row = new Rows.ElementInstance(keys.next(), scope.instanceKey(), scope.key(),
                scope.definitionKey(), scope.bpmnProcessId(), element.id(), element.name(), element.kind().name(),
                incomingFlow, "ACTIVE", clock.millis(), null, null);
        instances.insertElement(row);
        return row;
    }

    /** The element's own behaviour on activation; also what resolving an activation incident re-runs. */
    void activateBehaviour(ElementModel element, Rows.ElementInstance instance) {
        try {
            switch (element.kind()) {
                case START_EVENT, INTERMEDIATE_THROW_EVENT, PARALLEL_GATEWAY -> completeElement(instance, null);
                case END_EVENT -> endEvent(element, instance);
                case SERVICE_TASK, SEND_TASK -> {
                    applyInputs(element, instance);
                    Map<String, Object> variables = FeelEvaluator.isExpression(element.job().type())
                            || FeelEvaluator.isExpression(element.job().retries()) ? visible(instance) : Map.of();
                    String type = feel.evaluateString(element.job().type(), variables);
                    int retries = feel.evaluateInt(element.job().retries(), variables);
                    openBoundaryEvents(element, instance);
                    createJob(element, instance, type, retries);
                }
                case USER_TASK -> {
                    applyInputs(element, instance);
                    Rows.UserTask task = newUserTask(element, instance);
                    if (task == null) {
                        return;
                    }
                    openBoundaryEvents(element, instance);
                    work.insertUserTask(task);
                }
                case RECEIVE_TASK -> {
                    applyInputs(element, instance);
                    openBoundaryEvents(element, instance);
                    openMessage(element, instance);
                }
                case SCRIPT_TASK -> {
                    applyInputs(element, instance);
                    Object result = feel.evaluateOrStatic(element.script().expression(), visible(instance));
                    Map<String, Object> variables = new LinkedHashMap<>();
                    variables.put(element.script().resultVariable(), result);
                    completeElement(instance, variables);
                }
                case INTERMEDIATE_CATCH_EVENT -> {
                    if (element.eventType() == EventType.MESSAGE) {
                        openMessage(element, instance);
                    } else if (element.eventType() == EventType.TIMER) {
                        openTimer(element, instance);
                    } else {
                        completeElement(instance, null);
                    }
                }
                case EXCLUSIVE_GATEWAY -> {
                    SequenceFlowModel chosen = chooseFlow(element, instance);
                    if (chosen != null) {
                        finishAndTake(element, instance, List.of(chosen));
                    }
                }
                case EVENT_BASED_GATEWAY -> {
                    for (SequenceFlowModel flow : element.outgoing()) {
                        ElementModel target = model(instance).element(flow.targetId());
                        if (target.eventType() == EventType.TIMER) {
                            openTimerFor(target, instance);
                        } else {
                            openMessageFor(target, instance);
                        }
                    }
                }
                case SUB_PROCESS -> {
                    applyInputs(element, instance);
                    openBoundaryEvents(element, instance);
                    openEventSubProcessStarts(model(instance), element.id(), instance);
                    activate(model(instance).startEventOf(element.id()), instance, null);
                }
                case EVENT_SUB_PROCESS -> activate(model(instance).startEventOf(element.id()), instance, null);
                case CALL_ACTIVITY -> {
                    applyInputs(element, instance);
                    callActivity(element, instance);
                }
                default -> throw new IllegalStateException("Unsupported element " + element);
            }
        } catch (FeelException e) {
            raiseIncident(instance, incidentTypeFor(element), e.getMessage(), null, "ACTIVATE");
        }
    }

    private static String incidentTypeFor(ElementModel element) {
        return switch (element.kind()) {
            case EXCLUSIVE_GATEWAY -> "CONDITION_ERROR";
            case CALL_ACTIVITY -> "CALLED_ELEMENT_ERROR";
            default -> "EXTRACT_VALUE_ERROR";
        };
    }

    private void join(ElementModel gateway, Rows.ElementInstance scope, String incomingFlow) {
        Rows.ElementInstance arrived = newElement(gateway, scope, incomingFlow);
        List<Rows.ElementInstance> tokens = instances.activeTokens(scope.key(), gateway.id());
        Map<String, Rows.ElementInstance> firstPerFlow = new LinkedHashMap<>();
        for (Rows.ElementInstance token : tokens) {
            firstPerFlow.putIfAbsent(token.incomingFlow() == null ? "" : token.incomingFlow(), token);
        }
        boolean complete = gateway.incoming().stream().allMatch(flow -> firstPerFlow.containsKey(flow.id()));
        if (!complete) {
            return;
        }
        for (Rows.ElementInstance token : firstPerFlow.values()) {
            if (token.key() != arrived.key() && gateway.incoming().stream().anyMatch(f -> f.id().equals(token.incomingFlow()))) {
                instances.deleteElement(token.key());
            }
        }
        completeElement(arrived, null);
    }

    private SequenceFlowModel chooseFlow(ElementModel gateway, Rows.ElementInstance instance) {
        Map<String, Object> variables = visible(instance);
        for (SequenceFlowModel flow : gateway.outgoing()) {
            if (flow.hasCondition() && !flow.isDefault() && feel.evaluateBoolean(flow.condition(), variables)) {
                return flow;
            }
        }
        SequenceFlowModel fallback = gateway.defaultFlow();
        if (fallback == null && gateway.outgoing().size() == 1 && !gateway.outgoing().get(0).hasCondition()) {
            fallback = gateway.outgoing().get(0);
        }
        if (fallback == null) {
            raiseIncident(instance, "CONDITION_ERROR", "Expected at least one condition to evaluate to true, or to have"
                    + " a default flow", null, "ACTIVATE");
        }
        return fallback;
    }

    private void endEvent(ElementModel element, Rows.ElementInstance instance) {
        switch (element.eventType()) {
            case TERMINATE -> {
                instances.finishElement(instance.key(), "COMPLETED", clock.millis());
                Rows.ElementInstance scope = instances.element(instance.flowScopeKey()).orElseThrow();
                for (Rows.ElementInstance sibling : instances.activeChildren(scope.key())) {
                    terminateElement(sibling);
                }
                completeScope(scope);
            }
            case ERROR -> {
                String code = feel.evaluateString(element.errorCode(), visible(instance));
                if (!throwError(instance, code, null, null)) {
                    raiseIncident(instance, "UNHANDLED_ERROR_EVENT", unhandled(code, null), null, "ACTIVATE");
                }
            }
            default -> completeElement(instance, null);
        }
    }

    static String unhandled(String code, String message) {
        return "Expected to throw an error event with the code '" + code + "'"
                + (message == null || message.isBlank() ? "" : " with message '" + message + "'")
                + ", but it was not caught. No error events are available in the scope.";
    }

    // ------------------------------------------------------------------ completion

    /**
     * Completes an element: completion variables (job, message, user task, child process) go to the element's
     * scope and propagate upwards, unless output mappings exist (then they stay local and only the outputs
     * propagate) - Zeebe's rule. Then the element leaves through its outgoing flows.
     */
    void completeElement(Rows.ElementInstance instance, Map<String, Object> completionVariables) {
        ElementModel element = model(instance).element(instance.elementId());
        if (completionVariables != null && !completionVariables.isEmpty()) {
            if (element.outputs().isEmpty()) {
                instances.merge(instance.key(), instance.instanceKey(), completionVariables);
            } else {
                instances.setAllLocal(instance.key(), instance.instanceKey(), completionVariables);
            }
        }
        completeAfterVariables(element, instance);
    }

    /** Output mappings and leaving; what resolving an output-mapping incident re-runs. */
    void completeAfterVariables(ElementModel element, Rows.ElementInstance instance) {
        if (!element.outputs().isEmpty()) {
            try {
                Map<String, Object> scope = visible(instance);
                Map<String, Object> results = new LinkedHashMap<>();
                for (Mapping output : element.outputs()) {
                    Object value = feel.evaluateOrStatic(output.source(), scope);
                    putPath(results, scope, output.target(), value);
                }
                instances.merge(instance.flowScopeKey(), instance.instanceKey(), results);
            } catch (FeelException e) {
                raiseIncident(instance, "IO_MAPPING_ERROR", e.getMessage(), null, "COMPLETE");
                return;
            }
        }
        finishAndTake(element, instance, element.outgoing());
    }

    private void finishAndTake(ElementModel element, Rows.ElementInstance instance, List<SequenceFlowModel> flows) {
        if (mayOwnTriggers(element, model(instance))) {
            events.deleteTriggersOf(instance.key());
        }
        instances.finishElement(instance.key(), "COMPLETED", clock.millis());
        Rows.ElementInstance scope = instances.element(instance.flowScopeKey()).orElseThrow();
        if (flows.isEmpty()) {
            completeScopeIfDone(scope);
            return;
        }
        ProcessModel model = model(instance);
        for (SequenceFlowModel flow : flows) {
            activate(model.element(flow.targetId()), scope, flow.id());
        }
    }

    /** Whether activating the element can have opened subscriptions or timers that it owns. */
    private static boolean mayOwnTriggers(ElementModel element, ProcessModel model) {
        return switch (element.kind()) {
            case INTERMEDIATE_CATCH_EVENT, RECEIVE_TASK, EVENT_BASED_GATEWAY, SUB_PROCESS, EVENT_SUB_PROCESS -> true;
            default -> !model.boundaryEvents(element.id()).isEmpty();
        };
    }

    private void completeScopeIfDone(Rows.ElementInstance scope) {
        Rows.ElementInstance current = instances.element(scope.key()).orElseThrow();
        if (!current.active() || !instances.activeChildren(current.key()).isEmpty()) {
            return;
        }
        completeScope(current);
    }

    private void completeScope(Rows.ElementInstance scope) {
        if (PROCESS.equals(scope.elementType())) {
            completeProcess(scope);
        } else {
            completeElement(scope, null);
        }
    }

    private void completeProcess(Rows.ElementInstance processElement) {
        long now = clock.millis();
        events.deleteTriggersOf(processElement.key());
        instances.finishElement(processElement.key(), "COMPLETED", now);
        instances.finishInstance(processElement.instanceKey(), "COMPLETED", now);
        Rows.ProcessInstance instance = instances.instance(processElement.instanceKey()).orElseThrow();
        if (instance.parentElementInstanceKey() == null) {
            return;
        }
        instances.element(instance.parentElementInstanceKey()).filter(Rows.ElementInstance::active).ifPresent(call -> {
            CalledElement called = model(call).element(call.elementId()).calledElement();
            Map<String, Object> childVariables = called.propagateAllChildVariables()
                    ? instances.localVariables(instance.key()) : Map.of();
            completeElement(call, childVariables);
        });
    }

    // ------------------------------------------------------------------ termination

    void terminateElement(Rows.ElementInstance instance) {
        for (Rows.ElementInstance child : instances.activeChildren(instance.key())) {
            terminateElement(child);
        }
        long now = clock.millis();
        events.deleteTriggersOf(instance.key());
        work.openJobOf(instance.key()).ifPresent(job -> work.updateJob(job.key(), "CANCELED", job.retries(), null,
                job.worker(), job.backoffUntil(), job.errorCode(), job.errorMessage()));
        work.openUserTaskOf(instance.key()).ifPresent(task -> work.finishUserTask(task.key(), "CANCELED", now));
        for (Rows.Incident incident : work.activeIncidentsOfElement(instance.key())) {
            work.resolveIncident(incident.key());
        }
        if ("CALL_ACTIVITY".equals(instance.elementType())) {
            childOf(instance).ifPresent(this::cancelInstance);
        }
        instances.finishElement(instance.key(), "TERMINATED", now);
        if (!PROCESS.equals(instance.elementType())) {
            instances.markIncident(instance.instanceKey(), work.hasActiveIncidents(instance.instanceKey()));
        }
    }

    private Optional<Rows.ProcessInstance> childOf(Rows.ElementInstance callActivity) {
        return instances.activeChildInstance(callActivity.key());
    }

    // ------------------------------------------------------------------ io mappings and variables

    Map<String, Object> visible(Rows.ElementInstance instance) {
        return instances.visibleVariables(instance.key());
    }

    private void applyInputs(ElementModel element, Rows.ElementInstance instance) {
        if (element.inputs().isEmpty()) {
            return;
        }
        Map<String, Object> scope = visible(instance);
        Map<String, Object> locals = new LinkedHashMap<>();
        for (Mapping input : element.inputs()) {
            Map<String, Object> context = new LinkedHashMap<>(scope);
            context.putAll(locals);
            putPath(locals, context, input.target(), feel.evaluateOrStatic(input.source(), context));
        }
        instances.setAllLocal(instance.key(), instance.instanceKey(), locals);
    }

    /** Sets {@code a.b.c = value} in {@code target}, starting from the current value of {@code a} in scope. */
    @SuppressWarnings("unchecked")
    static void putPath(Map<String, Object> target, Map<String, Object> scope, String path, Object value) {
        String[] parts = path.split("\\.");
        if (parts.length == 1) {
            target.put(path, value);
            return;
        }
        Object existing = target.containsKey(parts[0]) ? target.get(parts[0]) : scope.get(parts[0]);
        Map<String, Object> root = existing instanceof Map<?, ?> map ? deepCopy((Map<String, Object>) map)
                : new LinkedHashMap<>();
        Map<String, Object> current = root;
        for (int i = 1; i < parts.length - 1; i++) {
            Object next = current.get(parts[i]);
            Map<String, Object> child = next instanceof Map<?, ?> map ? deepCopy((Map<String, Object>) map)
                    : new LinkedHashMap<>();
            current.put(parts[i], child);
            current = child;
        }
        current.put(parts[parts.length - 1], value);
        target.put(parts[0], root);
    }

    private static Map<String, Object> deepCopy(Map<String, Object> map) {
        return new LinkedHashMap<>(map);
    }

    // ------------------------------------------------------------------ jobs and user tasks

    private void createJob(ElementModel element, Rows.ElementInstance instance, String type, int retries) {
        Rows.Definition definition = definitions.definition(instance.definitionKey()).orElseThrow();
        Rows.Job job = new Rows.Job(keys.next(), type, "ACTIVATABLE", retries, null, null, 0, instance.key(),
                instance.instanceKey(), element.id(), instance.definitionKey(), instance.bpmnProcessId(),
                definition.version(), EngineJson.write(element.taskHeaders()), null, null);
        work.insertJob(job, clock.millis());
        signals.jobAvailable(type);
    }

    private Rows.UserTask newUserTask(ElementModel element, Rows.ElementInstance instance) {
        UserTaskDefinition definition = element.userTask();
        Map<String, Object> variables = visible(instance);
        String assignee = definition.assignee() == null ? null : feel.evaluateString(definition.assignee(), variables);
        List<String> groups = definition.candidateGroups() == null ? List.of()
                : feel.evaluateStringList(definition.candidateGroups(), variables);
        List<String> users = definition.candidateUsers() == null ? List.of()
                : feel.evaluateStringList(definition.candidateUsers(), variables);
        String due = definition.dueDate() == null ? null
                : FeelEvaluator.format(feel.evaluateDateTime(definition.dueDate(), variables));
        String followUp = definition.followUpDate() == null ? null
                : FeelEvaluator.format(feel.evaluateDateTime(definition.followUpDate(), variables));
        int priority = definition.priority() == null ? UserTaskDefinition.DEFAULT_PRIORITY
                : feel.evaluateInt(definition.priority(), variables);
        String external = definition.externalReference() == null ? null
                : feel.evaluateString(definition.externalReference(), variables);
        Long formKey = null;
        if (definition.formId() != null) {
            Optional<Rows.Form> form = definitions.latestForm(definition.formId());
            if (form.isEmpty()) {
                raiseIncident(instance, "FORM_NOT_FOUND", "Expected to find a form with id '" + definition.formId()
                        + "', but no form with this id is found, at least a form with this id should be available.",
                        null, "ACTIVATE");
                return null;
            }
            formKey = form.get().key();
        }
        Rows.Definition process = definitions.definition(instance.definitionKey()).orElseThrow();
        return new Rows.UserTask(keys.next(), instance.key(), instance.instanceKey(), instance.definitionKey(),
                instance.bpmnProcessId(), process.version(), element.id(), element.name(), "CREATED", assignee,
                EngineJson.write(groups), EngineJson.write(users), due, followUp, priority, formKey, external,
                EngineJson.write(element.taskHeaders()), clock.millis(), null);
    }

    private void callActivity(ElementModel element, Rows.ElementInstance instance) {
        String processId = feel.evaluateString(element.calledElement().processId(), visible(instance));
        Optional<Rows.Definition> called = definitions.latest(processId);
        if (called.isEmpty()) {
            raiseIncident(instance, "CALLED_ELEMENT_ERROR", "Expected process with BPMN process id '" + processId
                    + "' to be deployed, but not found.", null, "ACTIVATE");
            return;
        }
        openBoundaryEvents(element, instance);
        Map<String, Object> variables = element.calledElement().propagateAllParentVariables()
                ? visible(instance) : instances.localVariables(instance.key());
        long root = instances.instance(instance.instanceKey()).orElseThrow().rootInstanceKey();
        startInstance(called.get(), variables, null, null, instance, root);
    }

    // ------------------------------------------------------------------ events

    private void openBoundaryEvents(ElementModel activity, Rows.ElementInstance instance) {
        for (ElementModel boundary : model(instance).boundaryEvents(activity.id())) {
            if (boundary.eventType() == EventType.MESSAGE) {
                openMessageFor(boundary, instance);
            } else if (boundary.eventType() == EventType.TIMER) {
                openTimerFor(boundary, instance);
            }
        }
    }

    private void openEventSubProcessStarts(ProcessModel model, String scopeId, Rows.ElementInstance scope) {
        for (ElementModel subProcess : model.eventSubProcesses(scopeId)) {
            ElementModel start = model.startEventOf(subProcess.id());
            try {
                if (start.eventType() == EventType.MESSAGE) {
                    openMessageFor(start, scope);
                } else if (start.eventType() == EventType.TIMER) {
                    openTimerFor(start, scope);
                }
            } catch (FeelException e) {
                raiseIncident(scope, "EXTRACT_VALUE_ERROR", e.getMessage(), null, "NONE");
            }
        }
    }

    private void openMessage(ElementModel element, Rows.ElementInstance instance) {
        openMessageFor(element, instance);
    }

    private void openMessageFor(ElementModel catchEvent, Rows.ElementInstance owner) {
        Map<String, Object> variables = visible(owner);
        String name = feel.evaluateString(catchEvent.message().name(), variables);
        String correlationKey = feel.evaluateCorrelationKey(catchEvent.message().correlationKey(), variables);
        Rows.Subscription subscription = new Rows.Subscription(keys.next(), name, correlationKey, owner.instanceKey(),
                owner.key(), catchEvent.id());
        events.insertSubscription(subscription);
        events.bufferedFor(name, correlationKey, owner.bpmnProcessId(), clock.millis()).ifPresent(message ->
                deferred.get().add(() -> events.subscription(subscription.key()).ifPresent(open ->
                        correlate(open, message.key(), EngineJson.readMap(message.variables())))));
    }

    private void openTimer(ElementModel element, Rows.ElementInstance instance) {
        openTimerFor(element, instance);
    }

    private void openTimerFor(ElementModel catchEvent, Rows.ElementInstance owner) {
        TimerDefinition timer = catchEvent.timer();
        Map<String, Object> variables = visible(owner);
        long now = clock.millis();
        long due;
        int repetitions = 0;
        String cycleText = null;
        switch (timer.type()) {
            case DURATION -> due = feel.evaluateInterval(timer.value(), variables)
                    .addTo(clock.instant(), feel.zone()).toEpochMilli();
            case DATE -> due = feel.evaluateDateTime(timer.value(), variables).toInstant().toEpochMilli();
            default -> {
                Cycle cycle = feel.evaluateCycle(timer.value(), variables);
                due = cycle.firstDue(clock.instant(), feel.zone()).toEpochMilli();
                Cycle remaining = cycle.afterFiring();
                repetitions = remaining.unbounded() ? Cycle.UNBOUNDED : remaining.repetitions();
                cycleText = remaining.toString();
            }
        }
        events.insertTimer(new Rows.Timer(keys.next(), Math.max(due, now), owner.instanceKey(), owner.key(),
                owner.definitionKey(), catchEvent.id(), repetitions, cycleText));
    }

    /** Timer start events of a newly deployed latest version. */
    void openStartTimers(Rows.Definition definition, ProcessModel model) {
        for (ElementModel start : model.timerStartEvents()) {
            TimerDefinition timer = start.timer();
            long due;
            int repetitions = 0;
            String cycleText = null;
            if (timer.type() == TimerDefinition.Type.CYCLE) {
                Cycle cycle = feel.evaluateCycle(timer.value(), Map.of());
                due = cycle.firstDue(clock.instant(), feel.zone()).toEpochMilli();
                Cycle remaining = cycle.afterFiring();
                repetitions = remaining.unbounded() ? Cycle.UNBOUNDED : remaining.repetitions();
                cycleText = remaining.toString();
            } else if (timer.type() == TimerDefinition.Type.DATE) {
                due = feel.evaluateDateTime(timer.value(), Map.of()).toInstant().toEpochMilli();
            } else {
                due = feel.evaluateInterval(timer.value(), Map.of()).addTo(clock.instant(), feel.zone()).toEpochMilli();
            }
            events.insertTimer(new Rows.Timer(keys.next(), due, null, null, definition.key(), start.id(), repetitions,
                    cycleText));
        }
    }

    /** A due timer: start an instance, or trigger the waiting catch event / boundary / event sub-process. */
    void fireTimer(Rows.Timer timer) {
        ProcessModel model = definitions.model(timer.definitionKey());
        ElementModel catchEvent = model.element(timer.elementId());
        boolean repeats = timer.cycleInterval() != null
                && (timer.repetitions() == Cycle.UNBOUNDED || timer.repetitions() > 0);
        if (timer.instanceKey() == null) {
            if (repeats) {
                reschedule(timer);
            }
            Rows.Definition definition = definitions.definition(timer.definitionKey()).orElseThrow();
            startInstance(definition, Map.of(), catchEvent, null, null, null);
            return;
        }
        Optional<Rows.ElementInstance> owner = instances.element(timer.elementInstanceKey())
                .filter(Rows.ElementInstance::active);
        if (owner.isEmpty()) {
            return;
        }
        boolean nonInterrupting = !catchEvent.interrupting()
                && (catchEvent.kind() == ElementKind.BOUNDARY_EVENT || catchEvent.kind() == ElementKind.START_EVENT);
        if (repeats && nonInterrupting) {
            reschedule(timer);
        }
        trigger(owner.get(), catchEvent, null);
    }

    private void reschedule(Rows.Timer timer) {
        Cycle cycle = Cycle.parse(timer.cycleInterval());
        long due = cycle.nextDue(java.time.Instant.ofEpochMilli(timer.dueAt()), feel.zone()).toEpochMilli();
        Cycle remaining = cycle.afterFiring();
        events.insertTimer(new Rows.Timer(keys.next(), due, timer.instanceKey(), timer.elementInstanceKey(),
                timer.definitionKey(), timer.elementId(), remaining.unbounded() ? Cycle.UNBOUNDED : remaining.repetitions(),
                remaining.toString()));
    }

    /** A message reaches a subscription. */
    void correlate(Rows.Subscription subscription, Long messageKey, Map<String, Object> variables) {
        Optional<Rows.ElementInstance> owner = instances.element(subscription.elementInstanceKey())
                .filter(Rows.ElementInstance::active);
        if (owner.isEmpty()) {
            events.deleteSubscription(subscription.key());
            return;
        }
        ElementModel catchEvent = model(owner.get()).element(subscription.elementId());
        boolean nonInterrupting = !catchEvent.interrupting()
                && (catchEvent.kind() == ElementKind.BOUNDARY_EVENT || catchEvent.kind() == ElementKind.START_EVENT);
        if (!nonInterrupting) {
            events.deleteSubscription(subscription.key());
        }
        if (messageKey != null) {
            events.markCorrelated(messageKey, owner.get().bpmnProcessId(), owner.get().instanceKey());
        }
        trigger(owner.get(), catchEvent, variables);
    }

    private void trigger(Rows.ElementInstance owner, ElementModel catchEvent, Map<String, Object> variables) {
        ProcessModel model = model(owner);
        if (catchEvent.id().equals(owner.elementId())) {
            completeElement(owner, variables);
            return;
        }
        if (ElementKind.EVENT_BASED_GATEWAY.name().equals(owner.elementType())) {
            ElementModel gateway = model.element(owner.elementId());
            events.deleteTriggersOf(owner.key());
            instances.finishElement(owner.key(), "COMPLETED", clock.millis());
            Rows.ElementInstance scope = instances.element(owner.flowScopeKey()).orElseThrow();
            String flow = gateway.outgoing().stream().filter(f -> f.targetId().equals(catchEvent.id()))
                    .map(SequenceFlowModel::id).findFirst().orElse(null);
            completeElement(newElement(catchEvent, scope, flow), variables);
            return;
        }
        if (catchEvent.kind() == ElementKind.BOUNDARY_EVENT) {
            Rows.ElementInstance scope = instances.element(owner.flowScopeKey()).orElseThrow();
            if (catchEvent.interrupting()) {
                terminateElement(owner);
            }
            completeElement(newElement(catchEvent, scope, null), variables);
            return;
        }
        startEventSubProcess(owner, model.element(catchEvent.flowScopeId()), catchEvent, variables);
    }

    private void startEventSubProcess(Rows.ElementInstance scope, ElementModel subProcess, ElementModel start,
            Map<String, Object> variables) {
        if (start.interrupting()) {
            for (Rows.ElementInstance child : instances.activeChildren(scope.key())) {
                terminateElement(child);
            }
            ProcessModel model = model(scope);
            String scopeId = PROCESS.equals(scope.elementType()) ? scope.bpmnProcessId() : scope.elementId();
            for (ElementModel other : model.eventSubProcesses(scopeId)) {
                events.deleteTriggersOf(scope.key(), model.startEventOf(other.id()).id());
            }
        }
        Rows.ElementInstance subProcessInstance = newElement(subProcess, scope, null);
        completeElement(newElement(start, subProcessInstance, null), variables);
    }

    /**
     * Throws a BPMN error from an element: the nearest matching error boundary event or error event sub-process
     * (walking up through sub-processes and call activities) catches it. False if nothing catches it.
     */
    boolean throwError(Rows.ElementInstance from, String code, String message, Map<String, Object> variables) {
        Rows.ElementInstance current = from;
        while (current != null) {
            if (!PROCESS.equals(current.elementType())) {
                ProcessModel model = model(current);
                ElementModel element = model.element(current.elementId());
                if (element.kind().isActivity()) {
                    for (ElementModel boundary : model.boundaryEvents(element.id())) {
                        if (boundary.eventType() == EventType.ERROR && catches(boundary, code)) {
                            Rows.ElementInstance scope = instances.element(current.flowScopeKey()).orElseThrow();
                            terminateElement(current);
                            completeElement(newElement(boundary, scope, null), variables);
                            return true;
                        }
                    }
                }
                Rows.ElementInstance scope = instances.element(current.flowScopeKey()).orElseThrow();
                String scopeId = PROCESS.equals(scope.elementType()) ? scope.bpmnProcessId() : scope.elementId();
                for (ElementModel subProcess : model.eventSubProcesses(scopeId)) {
                    ElementModel start = model.startEventOf(subProcess.id());
                    if (start.eventType() == EventType.ERROR && catches(start, code)) {
                        for (Rows.ElementInstance child : instances.activeChildren(scope.key())) {
                            terminateElement(child);
                        }
                        Rows.ElementInstance subProcessInstance = newElement(subProcess, scope, null);
                        completeElement(newElement(start, subProcessInstance, null), variables);
                        return true;
                    }
                }
                current = scope;
            } else {
                Rows.ProcessInstance instance = instances.instance(current.instanceKey()).orElseThrow();
                current = instance.parentElementInstanceKey() == null ? null
                        : instances.element(instance.parentElementInstanceKey()).orElse(null);
            }
        }
        return false;
    }

    private static boolean catches(ElementModel catchEvent, String code) {
        return catchEvent.errorCode() == null || catchEvent.errorCode().equals(code);
    }

    // ------------------------------------------------------------------ incidents

    void raiseIncident(Rows.ElementInstance instance, String type, String message, Long jobKey, String retryAction) {
        long key = keys.next();
        Rows.Incident incident = new Rows.Incident(key, type, message, instance.key(), instance.elementId(),
                instance.instanceKey(), instance.definitionKey(), instance.bpmnProcessId(), jobKey, "ACTIVE",
                clock.millis(), retryAction);
        work.insertIncident(incident);
        EngineLog.incidentRaised(incident);
        instances.setElementIncident(instance.key(), key);
        instances.markIncident(instance.instanceKey(), true);
    }

    void resolve(Rows.Incident incident) {
        work.resolveIncident(incident.key());
        EngineLog.incidentResolved(incident);
        instances.setElementIncident(incident.elementInstanceKey(), null);
        instances.markIncident(incident.instanceKey(), work.hasActiveIncidents(incident.instanceKey()));
        Optional<Rows.ElementInstance> element = instances.element(incident.elementInstanceKey())
                .filter(Rows.ElementInstance::active);
        if (element.isEmpty()) {
            return;
        }
        switch (incident.retryAction()) {
            case "JOB" -> work.job(incident.jobKey()).ifPresent(job -> {
                if (job.retries() > 0) {
                    work.updateJob(job.key(), "ACTIVATABLE", job.retries(), null, null, 0, null, job.errorMessage());
                    signals.jobAvailable(job.type());
                } else {
                    raiseIncident(element.get(), incident.errorType(), incident.errorMessage(), job.key(), "JOB");
                }
            });
            case "ACTIVATE" -> activateBehaviour(model(element.get()).element(element.get().elementId()), element.get());
            case "COMPLETE" -> completeAfterVariables(model(element.get()).element(element.get().elementId()), element.get());
            default -> {
            }
        }
    }

    ProcessModel model(Rows.ElementInstance instance) {
        return definitions.model(instance.definitionKey());
    }

    static String iso(ZonedDateTime value) {
        return FeelEvaluator.format(value);
    }
}
