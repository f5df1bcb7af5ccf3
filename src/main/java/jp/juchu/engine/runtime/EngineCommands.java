package jp.juchu.engine.runtime;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import jp.juchu.engine.ConditionalOnEmbeddedEngine;
import jp.juchu.engine.feel.FeelEvaluator;
import jp.juchu.engine.model.ElementModel;
import jp.juchu.engine.model.FormModel;
import jp.juchu.engine.model.FormParser;
import jp.juchu.engine.model.InvalidModelException;
import jp.juchu.engine.model.ProcessModel;
import jp.juchu.engine.model.ResourceType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every client command as one READ COMMITTED database transaction: lock the root process instance of the
 * affected order ({@code SELECT ... FOR UPDATE}), re-read what the command needs under the lock, let the executor
 * advance the tokens, commit. Different orders run in parallel; commands on one order run one after the other.
 */
@Component
@ConditionalOnEmbeddedEngine
public class EngineCommands {

    private final TransactionTemplate transaction;
    private final InstanceStore instances;
    private final WorkStore work;
    private final EventStore events;
    private final Definitions definitions;
    private final ProcessExecutor executor;
    private final KeyGenerator keys;
    private final EngineClock clock;
    private final FeelEvaluator feel;
    private final JobSignals signals;
    private final EngineMetrics metrics;
    private final FormParser forms = new FormParser();

    EngineCommands(EngineDatabase database, InstanceStore instances, WorkStore work,
            EventStore events, Definitions definitions, ProcessExecutor executor, KeyGenerator keys, EngineClock clock,
            FeelEvaluator feel, JobSignals signals, EngineMetrics metrics) {
        // READ COMMITTED: after waiting for the instance lock, reads must see what the previous holder committed;
        // MariaDB's default REPEATABLE READ would keep the snapshot of the first read and let a second completion through.
        this.transaction = database.commands();
        this.instances = instances;
        this.work = work;
        this.events = events;
        this.definitions = definitions;
        this.executor = executor;
        this.keys = keys;
        this.clock = clock;
        this.feel = feel;
        this.signals = signals;
        this.metrics = metrics;
    }

    private <T> T inTransaction(Supplier<T> command) {
        try {
            return transaction.execute(status -> {
                T result = command.get();
                executor.drain();
                return result;
            });
        } finally {
            executor.discard();
        }
    }

    private Rows.ProcessInstance lock(long instanceKey) {
        return instances.lockRoot(instanceKey).orElseThrow(() -> EngineException.notFound(
                "Expected to find process instance with key '" + instanceKey + "', but none was found"));
    }

    // ------------------------------------------------------------------ deployments

    public record Resource(String name, byte[] content) {
    }

    public record Deployed(String kind, String id, int version, long key, String resourceName) {
    }

    public record Deployment(long key, List<Deployed> items) {
    }

    public Deployment deploy(List<Resource> resources) {
        if (resources.isEmpty()) {
            throw EngineException.invalid("Expected to deploy at least one resource, but none given");
        }
        Map<String, List<ProcessModel>> parsed = new LinkedHashMap<>();
        Map<String, FormModel> parsedForms = new LinkedHashMap<>();
        for (Resource resource : resources) {
            ResourceType type = ResourceType.of(resource.name()).orElseThrow(() -> EngineException.invalid(
                    "Expected to deploy a BPMN (.bpmn) or form (.form) resource, but '" + resource.name()
                            + "' is neither (DMN and other resources are not supported by the embedded engine)"));
            try {
                if (type == ResourceType.BPMN) {
                    parsed.put(resource.name(), definitions.parse(resource.name(), resource.content()));
                } else {
                    parsedForms.put(resource.name(), forms.parse(resource.name(), resource.content()));
                }
            } catch (InvalidModelException e) {
                throw EngineException.invalid("Command 'CREATE' rejected with code 'INVALID_ARGUMENT': "
                        + "Expected to deploy new resources, but encountered the following errors:\n" + e.getMessage());
            }
        }
        return inTransaction(() -> {
            long deploymentKey = keys.next();
            long now = clock.millis();
            definitions.insertDeployment(deploymentKey, now);
            List<Deployed> items = new ArrayList<>();
            for (Resource resource : resources) {
                String text = new String(resource.content(), StandardCharsets.UTF_8);
                String checksum = Definitions.checksum(text);
                if (parsedForms.containsKey(resource.name())) {
                    items.add(deployForm(deploymentKey, resource.name(), parsedForms.get(resource.name()), text, checksum));
                } else {
                    for (ProcessModel model : parsed.get(resource.name())) {
                        items.add(deployProcess(deploymentKey, resource.name(), model, text, checksum));
                    }
                }
            }
            return new Deployment(deploymentKey, items);
        });
    }

    private Deployed deployForm(long deploymentKey, String resourceName, FormModel form, String text, String checksum) {
        Optional<Rows.Form> latest = definitions.latestForm(form.formId());
        if (latest.isPresent() && latest.get().checksum().equals(checksum)
                && latest.get().resourceName().equals(resourceName)) {
            return new Deployed("form", form.formId(), latest.get().version(), latest.get().key(), resourceName);
        }
        int version = latest.map(f -> f.version() + 1).orElse(1);
        long key = keys.next();
        definitions.insertForm(new Rows.Form(key, form.formId(), version, checksum, resourceName, text), deploymentKey);
        return new Deployed("form", form.formId(), version, key, resourceName);
    }

    private Deployed deployProcess(long deploymentKey, String resourceName, ProcessModel model, String text,
            String checksum) {
        Optional<Rows.Definition> latest = definitions.latest(model.bpmnProcessId());
        if (latest.isPresent() && latest.get().checksum().equals(checksum)
                && latest.get().resourceName().equals(resourceName)) {
            return new Deployed("process", model.bpmnProcessId(), latest.get().version(), latest.get().key(),
                    resourceName);
        }
        int version = latest.map(d -> d.version() + 1).orElse(1);
        Rows.Definition definition = new Rows.Definition(keys.next(), deploymentKey, model.bpmnProcessId(),
                model.name(), version, checksum, resourceName, text);
        definitions.insertDefinition(definition);
        definitions.remember(definition.key(), model);
        List<EventStore.MessageStart> starts = new ArrayList<>();
        for (ElementModel start : model.messageStartEvents()) {
            starts.add(new EventStore.MessageStart(definition.key(),
                    feel.evaluateString(start.message().name(), Map.of()), model.bpmnProcessId(), start.id()));
        }
        events.replaceMessageStarts(model.bpmnProcessId(), starts);
        events.deleteStartTimers(model.bpmnProcessId());
        executor.openStartTimers(definition, model);
        EngineLog.deployed(model.bpmnProcessId(), version, definition.key());
        return new Deployed("process", model.bpmnProcessId(), version, definition.key(), resourceName);
    }

    // ------------------------------------------------------------------ process instances

    public Rows.ProcessInstance createInstance(String bpmnProcessId, Integer version, Long definitionKey,
            Map<String, Object> variables) {
        Rows.Definition definition;
        if (definitionKey != null) {
            definition = definitions.definition(definitionKey).orElseThrow(() -> EngineException.notFound(
                    "Expected to find process definition with key '" + definitionKey + "', but none found"));
        } else if (bpmnProcessId == null || bpmnProcessId.isBlank()) {
            throw EngineException.invalid("Expected either a processDefinitionId or a processDefinitionKey");
        } else if (version == null || version < 0) {
            definition = definitions.latest(bpmnProcessId).orElseThrow(() -> EngineException.notFound(
                    "Expected to find process definition with process ID '" + bpmnProcessId + "', but none found"));
        } else {
            definition = definitions.version(bpmnProcessId, version).orElseThrow(() -> EngineException.notFound(
                    "Expected to find process definition with process ID '" + bpmnProcessId + "' and version '"
                            + version + "', but none found"));
        }
        return inTransaction(() -> executor.startInstance(definition, variables, null, null, null, null));
    }

    public void cancel(long instanceKey) {
        inTransaction(() -> {
            Rows.ProcessInstance instance = lock(instanceKey);
            if (!instance.active()) {
                throw EngineException.notFound("Expected to cancel a process instance with key '" + instanceKey
                        + "', but no such process was found");
            }
            if (instance.parentInstanceKey() != null) {
                throw EngineException.invalid("Expected to cancel a process instance with key '" + instanceKey
                        + "', but it is created by a parent process instance. Cancel the root process instance.");
            }
            executor.cancelInstance(instance);
            return null;
        });
    }

    public record Activation(String elementId, Long ancestorKey, Map<String, Object> variables) {
    }

    public void modify(long instanceKey, List<Activation> activations, List<Long> terminations) {
        inTransaction(() -> {
            Rows.ProcessInstance instance = lock(instanceKey);
            if (!instance.active()) {
                throw EngineException.notFound("Expected to modify process instance with key '" + instanceKey
                        + "', but no such process instance was found");
            }
            ProcessModel model = definitions.model(instance.definitionKey());
            List<Runnable> steps = new ArrayList<>();
            for (Activation activation : activations) {
                ElementModel element = model.findElement(activation.elementId()).orElseThrow(() ->
                        EngineException.invalid("Expected to modify instance of process '" + instance.bpmnProcessId()
                                + "' but it contains one or more activate instructions with an element that could"
                                + " not be found: '" + activation.elementId() + "'"));
                Rows.ElementInstance scope = scopeFor(instance, element, activation.ancestorKey());
                steps.add(() -> {
                    instances.setAllLocal(instance.key(), instance.key(), activation.variables());
                    executor.activate(element, scope, null);
                });
            }
            for (Long key : terminations) {
                Rows.ElementInstance element = instances.element(key)
                        .filter(e -> e.instanceKey() == instanceKey && e.active() && e.key() != instanceKey)
                        .orElseThrow(() -> EngineException.invalid("Expected to modify instance of process '"
                                + instance.bpmnProcessId() + "' but it contains one or more terminate instructions"
                                + " with an element instance that could not be found: '" + key + "'"));
                steps.add(() -> instances.element(element.key()).filter(Rows.ElementInstance::active)
                        .ifPresent(active -> {
                            executor.terminateElement(active);
                            terminateEmptyScopes(active.flowScopeKey());
                        }));
            }
            steps.forEach(Runnable::run);
            return null;
        });
    }

    private Rows.ElementInstance scopeFor(Rows.ProcessInstance instance, ElementModel element, Long ancestorKey) {
        if (element.flowScopeId().equals(instance.bpmnProcessId())) {
            return instances.element(instance.key()).orElseThrow();
        }
        if (ancestorKey != null) {
            return instances.element(ancestorKey).filter(Rows.ElementInstance::active)
                    .filter(e -> e.elementId().equals(element.flowScopeId()))
                    .orElseThrow(() -> EngineException.invalid("Expected the ancestor element instance '" + ancestorKey
                            + "' to be an active instance of '" + element.flowScopeId() + "'"));
        }
        return instances.activeElements(instance.key()).stream()
                .filter(e -> e.elementId().equals(element.flowScopeId())).findFirst()
                .orElseThrow(() -> EngineException.invalid("Expected to activate element '" + element.id()
                        + "' whose flow scope '" + element.flowScopeId() + "' has no active instance; the embedded"
                        + " engine does not create flow scopes during modification"));
    }

    private void terminateEmptyScopes(Long scopeKey) {
        if (scopeKey == null) {
            return;
        }
        Rows.ElementInstance scope = instances.element(scopeKey).orElseThrow();
        if (!scope.active() || !instances.activeChildren(scope.key()).isEmpty()) {
            return;
        }
        if (ProcessExecutor.PROCESS.equals(scope.elementType())) {
            executor.cancelInstance(instances.instance(scope.instanceKey()).orElseThrow());
        } else {
            executor.terminateElement(scope);
            terminateEmptyScopes(scope.flowScopeKey());
        }
    }

    public void setVariables(long scopeKey, Map<String, Object> variables, boolean local) {
        inTransaction(() -> {
            Rows.ElementInstance scope = instances.element(scopeKey).filter(Rows.ElementInstance::active)
                    .orElseThrow(() -> EngineException.notFound("Expected to update variables for element with key '"
                            + scopeKey + "', but no such element was found"));
            lock(scope.instanceKey());
            if (local) {
                instances.setAllLocal(scopeKey, scope.instanceKey(), variables);
            } else {
                instances.merge(scopeKey, scope.instanceKey(), variables);
            }
            return null;
        });
    }

    public void resolveIncident(long incidentKey) {
        inTransaction(() -> {
            Rows.Incident incident = work.incident(incidentKey).orElseThrow(() -> incidentNotFound(incidentKey));
            lock(incident.instanceKey());
            Rows.Incident current = work.incident(incidentKey).filter(i -> "ACTIVE".equals(i.state()))
                    .orElseThrow(() -> incidentNotFound(incidentKey));
            executor.resolve(current);
            return null;
        });
    }

    private static EngineException incidentNotFound(long key) {
        return EngineException.notFound("Expected to resolve incident with key '" + key
                + "', but no such incident was found");
    }

    // ------------------------------------------------------------------ jobs

    private Rows.Job lockedJob(long jobKey, String action) {
        lock(work.instanceOfJob(jobKey).orElseThrow(() -> jobNotFound(jobKey, action)));
        Rows.Job current = work.job(jobKey).orElseThrow();
        switch (current.state()) {
            case "ACTIVATABLE", "ACTIVATED" -> {
                return current;
            }
            case "FAILED", "ERROR_THROWN" -> throw EngineException.conflict("Expected to " + action + " job with key '"
                    + jobKey + "', but it is in state '" + current.state() + "'");
            default -> throw jobNotFound(jobKey, action);
        }
    }

    private static EngineException jobNotFound(long key, String action) {
        return EngineException.notFound("Expected to " + action + " job with key '" + key
                + "', but no such job was found");
    }

    private Rows.ElementInstance elementOf(Rows.Job job) {
        return instances.element(job.elementInstanceKey()).orElseThrow();
    }

    public void completeJob(long jobKey, Map<String, Object> variables) {
        inTransaction(() -> {
            Rows.Job job = lockedJob(jobKey, "complete");
            if (!work.completeJob(job.key())) {
                throw jobNotFound(jobKey, "complete");
            }
            executor.completeElement(elementOf(job), variables);
            metrics.jobCompleted(job.type());
            return null;
        });
    }

    public void failJob(long jobKey, int retries, long backoffMillis, String errorMessage, Map<String, Object> variables) {
        inTransaction(() -> {
            Rows.Job job = lockedJob(jobKey, "fail");
            Rows.ElementInstance element = elementOf(job);
            instances.setAllLocal(element.key(), element.instanceKey(), variables);
            long now = clock.millis();
            metrics.jobFailed(job.type());
            if (retries > 0) {
                work.updateJob(job.key(), "ACTIVATABLE", retries, null, null, now + Math.max(0, backoffMillis), null,
                        errorMessage);
                signals.jobAvailable(job.type());
            } else {
                work.updateJob(job.key(), "FAILED", 0, null, job.worker(), job.backoffUntil(), null, errorMessage);
                executor.raiseIncident(element, "JOB_NO_RETRIES",
                        errorMessage == null || errorMessage.isBlank() ? "No more retries left." : errorMessage,
                        job.key(), "JOB");
            }
            return null;
        });
    }

    public void throwError(long jobKey, String errorCode, String errorMessage, Map<String, Object> variables) {
        if (errorCode == null || errorCode.isBlank()) {
            throw EngineException.invalid("No errorCode provided");
        }
        inTransaction(() -> {
            Rows.Job job = lockedJob(jobKey, "throw an error for");
            work.updateJob(job.key(), "ERROR_THROWN", job.retries(), null, job.worker(), job.backoffUntil(), errorCode,
                    errorMessage);
            Rows.ElementInstance element = elementOf(job);
            if (!executor.throwError(element, errorCode, errorMessage, variables)) {
                executor.raiseIncident(element, "UNHANDLED_ERROR_EVENT",
                        ProcessExecutor.unhandled(errorCode, errorMessage), job.key(), "JOB");
            }
            return null;
        });
    }

    public void updateJob(long jobKey, Integer retries, Long timeoutMillis) {
        inTransaction(() -> {
            Rows.Job job = work.job(jobKey).orElseThrow(() -> jobNotFound(jobKey, "update"));
            lock(job.instanceKey());
            Rows.Job current = work.job(jobKey).orElseThrow();
            if (!List.of("ACTIVATABLE", "ACTIVATED", "FAILED", "ERROR_THROWN").contains(current.state())) {
                throw jobNotFound(jobKey, "update");
            }
            if (retries != null && retries < 1) {
                throw EngineException.invalid("Expected to update job with key '" + jobKey
                        + "' with a positive amount of retries, but got " + retries);
            }
            Long deadline = current.deadline();
            if (timeoutMillis != null) {
                if (!"ACTIVATED".equals(current.state())) {
                    throw EngineException.conflict("Expected to update the timeout of job with key '" + jobKey
                            + "', but it is not active");
                }
                deadline = clock.millis() + timeoutMillis;
            }
            work.updateJob(current.key(), current.state(), retries == null ? current.retries() : retries, deadline,
                    current.worker(), current.backoffUntil(), current.errorCode(), current.errorMessage());
            return null;
        });
    }

    // ------------------------------------------------------------------ messages

    public long publish(String name, String correlationKey, long timeToLive, String messageId,
            Map<String, Object> variables) {
        requireName(name);
        return inTransaction(() -> {
            long now = clock.millis();
            if (messageId != null && !messageId.isBlank()) {
                if (events.messageById(name, messageId, now).isPresent()) {
                    throw EngineException.alreadyExists("Command 'PUBLISH' rejected with code 'ALREADY_EXISTS': "
                            + "Expected to publish a new message with id '" + messageId + "', but a message with that id"
                            + " was already published");
                }
                events.deleteExpiredMessageId(name, messageId, now);
            }
            long key = keys.next();
            boolean buffered = timeToLive > 0;
            if (buffered) {
                events.insertMessage(new Rows.Message(key, name, correlationKey, blankToNull(messageId),
                        EngineJson.write(variables == null ? Map.of() : variables), now + timeToLive));
            }
            correlateToSubscriptions(name, correlationKey, buffered ? key : null, variables, false);
            for (EventStore.MessageStart start : events.messageStarts(name)) {
                if (buffered && events.alreadyCorrelated(key, start.bpmnProcessId())) {
                    continue;
                }
                Rows.ProcessInstance created = startByMessage(start, variables);
                if (buffered) {
                    events.markCorrelated(key, start.bpmnProcessId(), created.key());
                }
            }
            return key;
        });
    }

    /** Gives a stranded buffered message (see {@link EventStore#stranded}) to the subscriptions it missed. */
    void correlateStranded(Rows.Message message) {
        inTransaction(() -> correlateToSubscriptions(message.name(), message.correlationKey(), message.key(),
                EngineJson.readMap(message.variables()), false));
    }

    public record Correlation(long messageKey, long instanceKey) {
    }

    public Correlation correlate(String name, String correlationKey, Map<String, Object> variables) {
        requireName(name);
        return inTransaction(() -> {
            long key = keys.next();
            Long instanceKey = correlateToSubscriptions(name, correlationKey, null, variables, true);
            if (instanceKey == null) {
                List<EventStore.MessageStart> starts = events.messageStarts(name);
                if (starts.isEmpty()) {
                    throw EngineException.notFound("Expected to find subscription for message with name '" + name
                            + "' and correlation key '" + correlationKey + "', but none was found.");
                }
                instanceKey = startByMessage(starts.get(0), variables).key();
            }
            return new Correlation(key, instanceKey);
        });
    }

    private Rows.ProcessInstance startByMessage(EventStore.MessageStart start, Map<String, Object> variables) {
        Rows.Definition definition = definitions.definition(start.definitionKey()).orElseThrow();
        ElementModel startEvent = definitions.model(definition.key()).element(start.elementId());
        return executor.startInstance(definition, Map.of(), startEvent, variables, null, null);
    }

    /** Correlates to one subscription per process instance (or only the first when {@code onlyFirst}). */
    private Long correlateToSubscriptions(String name, String correlationKey, Long messageKey,
            Map<String, Object> variables, boolean onlyFirst) {
        String key = correlationKey == null ? "" : correlationKey;
        Map<Long, Rows.Subscription> perInstance = new TreeMap<>();
        for (Rows.Subscription subscription : events.subscriptions(name, key)) {
            perInstance.putIfAbsent(subscription.instanceKey(), subscription);
        }
        Long first = null;
        for (Rows.Subscription candidate : perInstance.values()) {
            lock(candidate.instanceKey());
            Optional<Rows.Subscription> subscription = events.subscription(candidate.key());
            if (subscription.isEmpty()) {
                continue;
            }
            Rows.ProcessInstance instance = instances.instance(candidate.instanceKey()).orElseThrow();
            if (messageKey != null && events.alreadyCorrelated(messageKey, instance.bpmnProcessId())) {
                continue;
            }
            executor.correlate(subscription.get(), messageKey, variables);
            if (first == null) {
                first = candidate.instanceKey();
            }
            if (onlyFirst) {
                break;
            }
        }
        return first;
    }

    private static void requireName(String name) {
        if (name == null || name.isBlank()) {
            throw EngineException.invalid("No name provided");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    // ------------------------------------------------------------------ user tasks

    private Rows.UserTask lockedUserTask(long key, String action) {
        Rows.UserTask task = work.userTask(key).orElseThrow(() -> userTaskNotFound(key, action));
        lock(task.instanceKey());
        return work.userTask(key).filter(t -> "CREATED".equals(t.state()))
                .orElseThrow(() -> userTaskNotFound(key, action));
    }

    private static EngineException userTaskNotFound(long key, String action) {
        return EngineException.notFound("Command '" + action.toUpperCase() + "' rejected with code 'NOT_FOUND': "
                + "Expected to " + action + " user task with key '" + key + "', but no such user task was found");
    }

    public void completeUserTask(long key, Map<String, Object> variables) {
        inTransaction(() -> {
            Rows.UserTask task = lockedUserTask(key, "complete");
            if (!work.completeUserTask(task.key(), clock.millis())) {
                throw userTaskNotFound(key, "complete");
            }
            executor.completeElement(instances.element(task.elementInstanceKey()).orElseThrow(), variables);
            return null;
        });
    }

    public void assignUserTask(long key, String assignee, boolean allowOverride) {
        inTransaction(() -> {
            Rows.UserTask task = lockedUserTask(key, "assign");
            if (!allowOverride && task.assignee() != null && !task.assignee().equals(assignee)) {
                throw EngineException.conflict("Expected to assign user task with key '" + key
                        + "', but it is already assigned");
            }
            work.assign(task.key(), assignee);
            return null;
        });
    }

    public void unassignUserTask(long key) {
        inTransaction(() -> {
            work.assign(lockedUserTask(key, "unassign").key(), null);
            return null;
        });
    }

    public void updateUserTask(long key, List<String> candidateGroups, List<String> candidateUsers, String dueDate,
            String followUpDate, Integer priority) {
        inTransaction(() -> {
            Rows.UserTask task = lockedUserTask(key, "update");
            if (priority != null && (priority < 0 || priority > 100)) {
                throw EngineException.invalid("The value for priority is '" + priority + "' but must be within 0..100");
            }
            work.updateUserTask(task.key(),
                    candidateGroups == null ? task.candidateGroups() : EngineJson.write(candidateGroups),
                    candidateUsers == null ? task.candidateUsers() : EngineJson.write(candidateUsers),
                    dueDate == null ? task.dueDate() : dueDate, followUpDate == null ? task.followUpDate() : followUpDate,
                    priority == null ? task.priority() : priority);
            return null;
        });
    }

    // ------------------------------------------------------------------ timers

    /** Fires one due timer unless another thread or node took it first. */
    public void fireTimer(Rows.Timer timer) {
        inTransaction(() -> {
            if (timer.instanceKey() != null && instances.lockRoot(timer.instanceKey()).isEmpty()) {
                return null;
            }
            if (events.take(timer.key())) {
                executor.fireTimer(timer);
            }
            return null;
        });
    }
}
