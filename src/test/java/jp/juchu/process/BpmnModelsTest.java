package jp.juchu.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.FlowElement;
import io.camunda.zeebe.model.bpmn.instance.FlowNode;
import io.camunda.zeebe.model.bpmn.instance.Message;
import io.camunda.zeebe.model.bpmn.instance.Process;
import io.camunda.zeebe.model.bpmn.instance.SequenceFlow;
import io.camunda.zeebe.model.bpmn.instance.ServiceTask;
import io.camunda.zeebe.model.bpmn.instance.UserTask;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeAssignmentDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeFormDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeHeader;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeSubscription;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskHeaders;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeUserTask;
import io.camunda.zeebe.model.bpmn.validation.zeebe.ZeebeDesignTimeValidators;
import org.camunda.bpm.model.xml.validation.ValidationResultType;
import org.camunda.bpm.model.xml.validation.ValidationResults;
import org.junit.jupiter.api.Test;

import jp.juchu.engine.feel.FeelEvaluator;
import jp.juchu.engine.model.BpmnModelParser;
import jp.juchu.engine.model.FormParser;
import jp.juchu.order.OrderStatus;
import jp.juchu.shop.MailPurpose;

/**
 * The BPMN ↔ Java contract seen from the model side: every file in {@code bpmn/} deploys on real Zeebe and on the
 * embedded engine, and uses only the job types, headers, messages and forms the application provides.
 */
class BpmnModelsTest {

    /** DESIGN.md §5 plus {@code order.release} (保留解除 restores the status the order had before 保留). */
    static final Set<String> JOB_TYPES = Set.of("order.check", "order.set-status", "order.release", "mail.send",
            "mall.confirm-order", "mall.push-tracking", "mall.update-status", "payment.register-deferred",
            "payment.report-shipment", "payment.cancel-deferred", "payment.record-reconciliation");

    static final Set<String> MESSAGES = Set.of("payment-reconciled", "credit-result", "shipping-instructed",
            "shipment-confirmed", "tracking-file-generated", "order-cancelled", "order-bundled", "order-held", "order-released");

    static final String CORRELATION_KEY = "=string(orderId)";

    @Test
    void thereIsAnOrderFulfillmentProcess() {
        List<Process> processes = new ArrayList<>();
        forEachModel((file, model) -> processes.addAll(model.getModelElementsByType(Process.class)));
        assertThat(processes).filteredOn(p -> p.getId().equals("order-fulfillment")).singleElement()
                .satisfies(p -> {
                    assertThat(p.getName()).isEqualTo("受注処理");
                    assertThat(p.isExecutable()).isTrue();
                });
    }

    @Test
    void everyFileIsAcceptedByTheEmbeddedEngine() {
        BpmnModelParser parser = new BpmnModelParser(new FeelEvaluator());
        assertThat(ProcessResources.bpmnFiles()).isNotEmpty().allSatisfy(file -> assertThatCode(
                () -> parser.parse(file.getFileName().toString(), ProcessResources.read(file)))
                .as(file.toString()).doesNotThrowAnyException());
    }

    @Test
    void everyFilePassesZeebeDesignTimeValidation() {
        forEachModel((file, model) -> {
            ValidationResults results = model.validate(ZeebeDesignTimeValidators.VALIDATORS);
            List<String> problems = results.getResults().entrySet().stream()
                    .flatMap(e -> e.getValue().stream()
                            .filter(r -> r.getType() == ValidationResultType.ERROR)
                            .map(r -> e.getKey() + ": " + r.getMessage()))
                    .toList();
            assertThat(problems).as(file.toString()).isEmpty();
        });
    }

    @Test
    void everyServiceTaskUsesAKnownJobTypeWithRetries() {
        forEachModel((file, model) -> {
            for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
                ZeebeTaskDefinition definition = task.getSingleExtensionElement(ZeebeTaskDefinition.class);
                assertThat(definition).as(task.getId()).isNotNull();
                assertThat(JOB_TYPES).as(task.getId()).contains(definition.getType());
                assertThat(Integer.parseInt(definition.getRetries())).as(task.getId() + " retries").isBetween(3, 10);
            }
        });
    }

    @Test
    void statusAndMailHeadersNameExistingStatusesAndMailPurposes() {
        Set<String> statuses = names(OrderStatus.values());
        Set<String> purposes = names(MailPurpose.values());
        forEachModel((file, model) -> {
            for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
                String type = task.getSingleExtensionElement(ZeebeTaskDefinition.class).getType();
                if (type.equals("order.set-status")) {
                    assertThat(statuses).as(task.getId()).contains(header(task, "status"));
                } else if (type.equals("mail.send")) {
                    assertThat(purposes).as(task.getId()).contains(header(task, "template"));
                    assertThat(header(task, "template")).isNotEqualTo(MailPurpose.FREE.name());
                }
            }
        });
    }

    @Test
    void everyMessageIsKnownAndCorrelatesByOrderId() {
        Set<String> used = new TreeSet<>();
        forEachModel((file, model) -> {
            for (Message message : model.getModelElementsByType(Message.class)) {
                assertThat(MESSAGES).as(message.getId()).contains(message.getName());
                ZeebeSubscription subscription = message.getSingleExtensionElement(ZeebeSubscription.class);
                assertThat(subscription).as(message.getName() + " subscription").isNotNull();
                assertThat(subscription.getCorrelationKey()).as(message.getName()).isEqualTo(CORRELATION_KEY);
                used.add(message.getName());
            }
        });
        assertThat(used).containsExactlyInAnyOrderElementsOf(MESSAGES);
    }

    @Test
    void everyUserTaskIsANativeOperatorTaskWithAFormInFormsDirectory() {
        Set<String> formIds = formIds();
        Set<String> usedForms = new HashSet<>();
        forEachModel((file, model) -> {
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                assertThat(task.getSingleExtensionElement(ZeebeUserTask.class)).as(task.getId() + " zeebe:userTask")
                        .isNotNull();
                ZeebeAssignmentDefinition assignment = task.getSingleExtensionElement(ZeebeAssignmentDefinition.class);
                assertThat(assignment).as(task.getId()).isNotNull();
                assertThat(assignment.getCandidateGroups()).as(task.getId()).isEqualTo("operators");
                ZeebeFormDefinition form = task.getSingleExtensionElement(ZeebeFormDefinition.class);
                assertThat(form).as(task.getId()).isNotNull();
                assertThat(formIds).as(task.getId() + " form").contains(form.getFormId());
                usedForms.add(form.getFormId());
            }
        });
        assertThat(usedForms).as("every form in forms/ is used by a user task").containsExactlyInAnyOrderElementsOf(formIds);
    }

    @Test
    void theUserTasksOfTheDesignExist() {
        Set<String> userTasks = new TreeSet<>();
        forEachModel((file, model) -> model.getModelElementsByType(UserTask.class).forEach(t -> userTasks.add(t.getId())));
        assertThat(userTasks).contains("review-order", "reconcile-payment", "register-deferred-payment",
                "handle-credit-rejection", "confirm-rakuten-order", "decide-progress");
    }

    @Test
    void everyElementHasAJapaneseNameAndAnEnglishId() {
        forEachModel((file, model) -> {
            List<FlowElement> named = new ArrayList<>(model.getModelElementsByType(FlowNode.class));
            for (FlowElement element : named) {
                assertThat(ProcessResources.isJapanese(element.getName())).as(element.getId() + " name").isTrue();
            }
            for (Process process : model.getModelElementsByType(Process.class)) {
                assertThat(ProcessResources.isJapanese(process.getName())).as(process.getId()).isTrue();
            }
            List<FlowElement> all = new ArrayList<>(model.getModelElementsByType(FlowElement.class));
            assertThat(all).allSatisfy(e -> assertThat(e.getId()).matches("[a-z][a-z0-9-]*"));
        });
    }

    @Test
    void everyFormParsesForTheEngine() {
        FormParser parser = new FormParser();
        assertThat(ProcessResources.formFiles()).isNotEmpty().allSatisfy(file -> assertThatCode(
                () -> parser.parse(file.getFileName().toString(), ProcessResources.read(file)))
                .as(file.toString()).doesNotThrowAnyException());
    }

    static Set<String> formIds() {
        FormParser parser = new FormParser();
        Set<String> ids = new HashSet<>();
        for (Path file : ProcessResources.formFiles()) {
            ids.add(parser.parse(file.getFileName().toString(), ProcessResources.read(file)).formId());
        }
        return ids;
    }

    private static String header(ServiceTask task, String key) {
        ZeebeTaskHeaders headers = task.getSingleExtensionElement(ZeebeTaskHeaders.class);
        assertThat(headers).as(task.getId() + " headers").isNotNull();
        Collection<ZeebeHeader> all = headers.getHeaders();
        return all.stream().filter(h -> h.getKey().equals(key)).map(ZeebeHeader::getValue).findFirst().orElse(null);
    }

    private static Set<String> names(Enum<?>[] values) {
        Set<String> names = new HashSet<>();
        for (Enum<?> value : values) {
            names.add(value.name());
        }
        return names;
    }

    interface ModelCheck {
        void check(Path file, BpmnModelInstance model);
    }

    static void forEachModel(ModelCheck check) {
        for (Path file : ProcessResources.bpmnFiles()) {
            check.check(file, Bpmn.readModelFromStream(new ByteArrayInputStream(ProcessResources.read(file))));
        }
    }

    static List<SequenceFlow> flows(BpmnModelInstance model) {
        return List.copyOf(model.getModelElementsByType(SequenceFlow.class));
    }
}
