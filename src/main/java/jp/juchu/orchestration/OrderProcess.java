package jp.juchu.orchestration;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ModifyProcessInstanceCommandStep1.ModifyProcessInstanceCommandStep2;
import io.camunda.client.api.search.enums.IncidentState;
import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.client.api.search.response.ElementInstance;
import io.camunda.client.api.search.response.Incident;
import io.camunda.client.api.search.response.UserTask;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import jp.juchu.core.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The gateway to the order process on Camunda: everything the app asks of the engine goes through here, by
 * order id. Commands are idempotent where the engine lets them be (starting twice finds the first instance,
 * messages carry the id of the event they come from).
 */
@Service
public class OrderProcess {

    static final String PROCESS_ID = "order-fulfillment";
    private static final Logger log = LoggerFactory.getLogger(OrderProcess.class);
    private static final int PAGE = 200;

    private final CamundaClient camunda;
    private final OrderProcessInstances instances;
    private final ProcessCatalog catalog;
    private final Clock clock;
    private final Duration messageTimeToLive;

    OrderProcess(CamundaClient camunda, OrderProcessInstances instances, ProcessCatalog catalog, Clock clock,
                 @Value("${juchu.process.message-ttl:PT1H}") Duration messageTimeToLive) {
        this.camunda = camunda;
        this.instances = instances;
        this.catalog = catalog;
        this.clock = clock;
        this.messageTimeToLive = messageTimeToLive;
    }

    /**
     * Starts the order's process unless it has one. The order is claimed first, in this transaction, so a
     * redelivered event running at the same time waits and then finds the claim instead of starting a second
     * instance; if creating the instance fails, the claim rolls back with the transaction.
     */
    @Transactional
    public void start(long orderId, long shopId) {
        if (!instances.claim(orderId, clock.instant())) {
            return;
        }
        long key = camunda.newCreateInstanceCommand().bpmnProcessId(PROCESS_ID).latestVersion()
                .variables(Map.of("orderId", orderId, "shopId", shopId)).send().join().getProcessInstanceKey();
        instances.record(orderId, key);
        log.info("受注 {} のプロセスを開始しました (instance {})", orderId, key);
    }

    public Optional<Long> instanceOf(long orderId) {
        return instances.instanceOf(orderId);
    }

    /**
     * Publishes a message to the order's process. A second message with the same id while the first is buffered
     * is refused by the engine as already existing (409): the first one counts, so a redelivered event does not
     * act twice.
     */
    public void publish(ProcessMessage message, long orderId, String messageId, Map<String, Object> variables) {
        try {
            camunda.newPublishMessageCommand().messageName(message.messageName()).correlationKey(String.valueOf(orderId))
                    .messageId(messageId).timeToLive(messageTimeToLive).variables(variables).send().join();
        } catch (io.camunda.client.api.command.ClientHttpException e) {
            if (e.code() != 409) {
                throw e;
            }
            log.info("メッセージ {} ({}) は送信済みです", message.messageName(), messageId);
        }
    }

    // ---- user tasks

    public List<ProcessTask> openTasks(Long orderId, String type) {
        if (orderId != null && instanceOf(orderId).isEmpty()) {
            return List.of();
        }
        List<UserTask> found = camunda.newUserTaskSearchRequest()
                .filter(f -> {
                    f.state(UserTaskState.CREATED);
                    if (orderId != null) {
                        f.processInstanceKey(instanceOf(orderId).orElseThrow());
                    }
                    if (type != null && !type.isBlank()) {
                        f.elementId(type);
                    }
                })
                .page(p -> p.limit(PAGE)).send().join().items();
        Map<Long, Long> orders = instances.ordersOf(found.stream().map(UserTask::getProcessInstanceKey).distinct().toList());
        return found.stream().map(task -> toTask(task, orders.get(task.getProcessInstanceKey())))
                .sorted(Comparator.comparing(ProcessTask::createdAt, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    public ProcessTask task(long key) {
        UserTask task = camunda.newUserTaskGetRequest(key).send().join();
        if (task == null) {
            throw new NotFoundException("タスク " + key + " はありません");
        }
        Map<Long, Long> orders = instances.ordersOf(List.of(task.getProcessInstanceKey()));
        return toTask(task, orders.get(task.getProcessInstanceKey()));
    }

    public void completeTask(long key, Map<String, Object> variables) {
        camunda.newCompleteUserTaskCommand(key).variables(variables).send().join();
    }

    public void claimTask(long key, String username) {
        camunda.newAssignUserTaskCommand(key).assignee(username).allowOverride(false).send().join();
    }

    public void unclaimTask(long key) {
        camunda.newUnassignUserTaskCommand(key).send().join();
    }

    /** The task's form schema (Camunda Forms JSON). */
    public String formSchema(long key) {
        return String.valueOf(camunda.newUserTaskGetFormRequest(key).send().join().getSchema());
    }

    /**
     * The process variables a task's form shows, by name (values as JSON). The engine returns each name once per
     * scope it is set in; a variable of an inner scope (the task's own) wins over the process instance's.
     */
    public Map<String, String> taskVariables(long key) {
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, Boolean> fromInnerScope = new HashMap<>();
        camunda.newUserTaskVariableSearchRequest(key).page(p -> p.limit(PAGE)).send().join().items().forEach(v -> {
            boolean inner = !Objects.equals(v.getScopeKey(), v.getProcessInstanceKey());
            if (!values.containsKey(v.getName()) || inner && !fromInnerScope.get(v.getName())) {
                values.put(v.getName(), v.getValue());
                fromInnerScope.put(v.getName(), inner);
            }
        });
        return values;
    }

    private ProcessTask toTask(UserTask task, Long orderId) {
        return new ProcessTask(task.getUserTaskKey(), task.getElementId(),
                task.getName() != null ? task.getName() : catalog.name(task.getElementId()), orderId,
                catalog.formId(task.getElementId()).orElse(null), task.getAssignee(),
                task.getCandidateGroups() == null ? List.of() : task.getCandidateGroups(), task.getCreationDate(),
                task.getProcessInstanceKey(), isOpen(task.getState()));
    }

    private static boolean isOpen(UserTaskState state) {
        return state == UserTaskState.CREATED || state == UserTaskState.ASSIGNING || state == UserTaskState.UPDATING;
    }

    // ---- incidents (stuck orders)

    public List<StuckOrder> stuckOrders() {
        List<Incident> open = camunda.newIncidentSearchRequest().filter(f -> f.state(IncidentState.ACTIVE))
                .page(p -> p.limit(PAGE)).send().join().items();
        Map<Long, Long> orders = instances.ordersOf(open.stream().map(Incident::getProcessInstanceKey).distinct().toList());
        OffsetDateTime now = OffsetDateTime.now(clock);
        return open.stream().map(incident -> new StuckOrder(incident.getIncidentKey(), orders.get(incident.getProcessInstanceKey()),
                        incident.getProcessInstanceKey(), incident.getElementId(), catalog.name(incident.getElementId()),
                        incident.getErrorType() == null ? null : incident.getErrorType().name(), incident.getErrorMessage(),
                        incident.getCreationTime(),
                        incident.getCreationTime() == null ? Duration.ZERO : Duration.between(incident.getCreationTime(), now),
                        incident.getJobKey()))
                .sorted(Comparator.comparing(StuckOrder::createdAt, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    /** Gives the failed job its retries back and resolves the incident, like Operate's retry. */
    public void retry(long incidentKey, int retries) {
        Incident incident = camunda.newIncidentGetRequest(incidentKey).send().join();
        if (incident.getJobKey() != null && incident.getJobKey() > 0) {
            camunda.newUpdateRetriesCommand(incident.getJobKey()).retries(retries).send().join();
        }
        camunda.newResolveIncidentCommand(incidentKey).send().join();
    }

    // ---- instance

    public List<ProcessStep> steps(long orderId) {
        Optional<Long> instance = instanceOf(orderId);
        if (instance.isEmpty()) {
            return List.of();
        }
        List<ElementInstance> elements = camunda.newElementInstanceSearchRequest()
                .filter(f -> f.processInstanceKey(instance.get())).page(p -> p.limit(1000)).send().join().items();
        return elements.stream().map(e -> new ProcessStep(e.getElementInstanceKey(), e.getElementId(),
                        e.getElementName() != null && !e.getElementName().isBlank() ? e.getElementName() : catalog.name(e.getElementId()),
                        e.getType() == null ? null : e.getType().name(), e.getState() == null ? null : e.getState().name(),
                        e.getStartDate(), e.getEndDate(), Boolean.TRUE.equals(e.getIncident())))
                .sorted(Comparator.comparing(ProcessStep::startedAt, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(ProcessStep::key))
                .toList();
    }

    /** Active element instances (the process's current waiting points). */
    List<ProcessStep> activeSteps(long orderId) {
        return steps(orderId).stream().filter(s -> "ACTIVE".equals(s.state())).toList();
    }

    /**
     * 進捗変更: moves the token to {@code elementId}, terminating every active step outside event
     * sub-processes' own scopes (the hold/cancel subscriptions belong to the process and stay).
     */
    void moveTokenTo(long orderId, String elementId) {
        long instance = instanceOf(orderId).orElseThrow(() -> new NotFoundException("受注 " + orderId + " のプロセスがありません"));
        List<ProcessStep> active = activeSteps(orderId).stream().filter(s -> !"PROCESS".equals(s.type()))
                .filter(s -> !"SUB_PROCESS".equals(s.type()) && !"EVENT_SUB_PROCESS".equals(s.type())).toList();
        ModifyProcessInstanceCommandStep2 command = camunda.newModifyProcessInstanceCommand(instance).activateElement(elementId);
        for (ProcessStep step : active) {
            command = command.and().terminateElement(step.key());
        }
        command.send().join();
    }

    /** Ends the order's process without further steps (the order was closed by hand). */
    void cancelInstance(long orderId) {
        instanceOf(orderId).ifPresent(key -> camunda.newCancelInstanceCommand(key).send().join());
    }
}
