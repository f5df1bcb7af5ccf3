package jp.juchu.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.DeployResourceCommandStep1.DeployResourceCommandStep2;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.response.DeploymentEvent;
import io.camunda.client.api.response.Form;
import io.camunda.client.api.response.Process;
import io.camunda.client.api.search.response.ElementInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import jp.juchu.support.IntegrationTest;

/**
 * Deploys {@code bpmn/} and {@code forms/} through the real Camunda client onto the embedded engine and walks a
 * card order from registration to 完了 by completing each job by hand with the variables a worker would return.
 */
@IntegrationTest
class OrderFulfillmentOnEmbeddedEngineIT {

    /** Lock foreign jobs only briefly: other tests may own jobs of the same types (the MariaDB suite shares state). */
    private static final Duration LOCK = Duration.ofSeconds(5);

    @Autowired
    CamundaClient client;

    private DeploymentEvent deployment;

    @BeforeEach
    void deploy() {
        DeployResourceCommandStep2 command = null;
        List<Path> resources = new ArrayList<>(ProcessResources.bpmnFiles());
        resources.addAll(ProcessResources.formFiles());
        for (Path file : resources) {
            byte[] content = ProcessResources.read(file);
            String name = file.getFileName().toString();
            command = command == null
                    ? client.newDeployResourceCommand().addResourceBytes(content, name)
                    : command.addResourceBytes(content, name);
        }
        deployment = command.send().join();
    }

    @Test
    void everyProcessAndFormIsDeployed() {
        assertThat(deployment.getProcesses()).extracting(Process::getBpmnProcessId).contains("order-fulfillment");
        assertThat(deployment.getForm()).extracting(Form::getFormId)
                .containsExactlyInAnyOrderElementsOf(BpmnModelsTest.formIds());
    }

    @Test
    void aCardOrderRunsToReadyToShipAndThroughShippingToCompleted() {
        long orderId = ThreadLocalRandom.current().nextLong(1_000_000_000L, Long.MAX_VALUE);
        long instance = client.newCreateInstanceCommand().bpmnProcessId("order-fulfillment").latestVersion()
                .variables(Map.of("orderId", orderId, "shopId", 1L)).send().join().getProcessInstanceKey();

        ActivatedJob check = next(instance, "order.check");
        assertThat(check.getVariablesAsMap()).containsEntry("orderId", orderId).containsEntry("shopId", 1);
        complete(check, checkResult("CARD"));

        ActivatedJob ready = next(instance, "order.set-status");
        assertThat(ready.getCustomHeaders()).containsEntry("status", "READY_TO_SHIP");
        complete(ready, Map.of());
        ActivatedJob thanks = next(instance, "mail.send");
        assertThat(thanks.getCustomHeaders()).containsEntry("template", "ORDER_THANKS");
        complete(thanks, Map.of());

        eventuallyActive(instance, "wait-shipping-instructed");
        assertThat(client.newUserTaskSearchRequest().filter(f -> f.processInstanceKey(instance)).send().join().items())
                .as("a card order in automatic mode needs no operator").isEmpty();

        publish("shipping-instructed", orderId);
        completeStatus(instance, "SHIPPING");
        publish("shipment-confirmed", orderId);
        completeStatus(instance, "SHIPPED");
        complete(next(instance, "mall.push-tracking"), Map.of());
        ActivatedJob shippedMail = next(instance, "mail.send");
        assertThat(shippedMail.getCustomHeaders()).containsEntry("template", "SHIPPED");
        complete(shippedMail, Map.of());
        complete(next(instance, "mall.update-status"), Map.of());
        completeStatus(instance, "COMPLETED");

        assertThat(client.newProcessInstanceGetRequest(instance).send().join().getState().name()).isEqualTo("COMPLETED");
        assertThat(elementIds(instance)).containsSubsequence("order-received", "check-order", "review-needed",
                "transition-mode", "payment-route", "set-status-ready", "send-thanks-mail", "wait-shipping-instructed",
                "set-status-shipping", "wait-shipment-confirmed", "set-status-shipped", "push-tracking",
                "shipment-report-route", "send-shipped-mail", "update-mall-status", "set-status-completed",
                "order-completed").doesNotContain("report-shipment", "review-order", "decide-progress");
    }

    @Test
    void aFlaggedOrderWaitsAtReviewUntilTheOperatorCompletesTheTaskAndTheChecksPass() {
        long orderId = ThreadLocalRandom.current().nextLong(1_000_000_000L, Long.MAX_VALUE);
        long instance = client.newCreateInstanceCommand().bpmnProcessId("order-fulfillment").latestVersion()
                .variables(Map.of("orderId", orderId, "shopId", 1L)).send().join().getProcessInstanceKey();
        Map<String, Object> flagged = new HashMap<>(checkResult("CARD"));
        flagged.put("needsReview", true);
        flagged.put("flagSummary", "住所エラー: 郵便番号と都道府県が一致しません");
        complete(next(instance, "order.check"), flagged);
        completeStatus(instance, "REVIEW");

        var task = eventuallyOneTask(instance);
        assertThat(task.getElementId()).isEqualTo("review-order");
        assertThat(task.getCandidateGroups()).containsExactly("operators");
        assertThat(task.getFormKey()).isNotNull();
        client.newCompleteUserTaskCommand(task.getUserTaskKey()).variables(Map.of("reviewConfirmed", true))
                .send().join();

        complete(next(instance, "order.check"), checkResult("CARD"));
        completeStatus(instance, "READY_TO_SHIP");
        complete(next(instance, "mail.send"), Map.of());
        eventuallyActive(instance, "wait-shipping-instructed");
        client.newCancelInstanceCommand(instance).send().join();
    }

    @Test
    void aPrepaidOrderWaitsForPaymentAndBulkReconciliationMovesItToReadyToShip() {
        long orderId = newOrderId();
        long instance = start(orderId);
        complete(next(instance, "order.check"), checkResult("PREPAID"));
        completeStatus(instance, "AWAITING_PAYMENT");
        assertThat(eventuallyOneTask(instance).getElementId()).isEqualTo("reconcile-payment");

        publish("payment-reconciled", orderId);
        completeStatus(instance, "READY_TO_SHIP");
        ActivatedJob mail = next(instance, "mail.send");
        assertThat(mail.getCustomHeaders()).containsEntry("template", "PAYMENT_CONFIRMED");
        complete(mail, Map.of());
        eventuallyActive(instance, "wait-shipping-instructed");
        client.newCancelInstanceCommand(instance).send().join();
    }

    @Test
    void aDeferredOrderIsRegisteredByTheOperatorAndWaitsForTheCreditResult() {
        long orderId = newOrderId();
        long instance = start(orderId);
        complete(next(instance, "order.check"), checkResult("DEFERRED"));
        completeStatus(instance, "REVIEW");
        var task = eventuallyOneTask(instance);
        assertThat(task.getElementId()).isEqualTo("register-deferred-payment");
        client.newCompleteUserTaskCommand(task.getUserTaskKey())
                .variables(Map.of("deferredProvider", "NP_ATOBARAI", "invoiceEnclosed", true)).send().join();
        ActivatedJob register = next(instance, "payment.register-deferred");
        assertThat(register.getVariablesAsMap()).containsEntry("deferredProvider", "NP_ATOBARAI");
        complete(register, Map.of());

        eventuallyActive(instance, "wait-credit-result");
        client.newPublishMessageCommand().messageName("credit-result").correlationKey(String.valueOf(orderId))
                .variables(Map.of("creditResult", "OK")).timeToLive(Duration.ofMinutes(1)).send().join();
        completeStatus(instance, "READY_TO_SHIP");
        complete(next(instance, "mail.send"), Map.of());
        eventuallyActive(instance, "wait-shipping-instructed");

        publish("order-cancelled", orderId);
        complete(next(instance, "payment.cancel-deferred"), Map.of());
        completeStatus(instance, "CANCELLED");
        assertThat(client.newProcessInstanceGetRequest(instance).send().join().getState().name()).isEqualTo("COMPLETED");
        assertThat(elementIds(instance)).contains("order-cancelled-received", "cancel-deferred", "order-cancelled-end");
    }

    @Test
    void holdAndReleaseRunBesideTheWaitingOrder() {
        long orderId = newOrderId();
        long instance = start(orderId);
        complete(next(instance, "order.check"), checkResult("COD"));
        completeStatus(instance, "READY_TO_SHIP");
        complete(next(instance, "mail.send"), Map.of());
        eventuallyActive(instance, "wait-shipping-instructed");

        publish("order-held", orderId);
        completeStatus(instance, "ON_HOLD");
        publish("order-released", orderId);
        complete(next(instance, "order.release"), Map.of());
        eventuallyActive(instance, "wait-shipping-instructed");

        publish("order-bundled", orderId);
        completeStatus(instance, "BUNDLED");
        assertThat(client.newProcessInstanceGetRequest(instance).send().join().getState().name()).isEqualTo("COMPLETED");
        assertThat(elementIds(instance)).contains("order-held-end", "order-released-end", "order-bundled-end");
    }

    private long start(long orderId) {
        return client.newCreateInstanceCommand().bpmnProcessId("order-fulfillment").latestVersion()
                .variables(Map.of("orderId", orderId, "shopId", 1L)).send().join().getProcessInstanceKey();
    }

    private static long newOrderId() {
        return ThreadLocalRandom.current().nextLong(1_000_000_000L, Long.MAX_VALUE);
    }

    private static Map<String, Object> checkResult(String paymentCategory) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("needsReview", false);
        variables.put("paymentCategory", paymentCategory);
        variables.put("autoTransition", true);
        variables.put("mallConfirmationRequired", false);
        variables.put("reminderAfter", "P3D");
        variables.put("escalateAfter", "P10D");
        variables.put("holdWhenOverdue", false);
        variables.put("orderNumber", "TEST-" + System.nanoTime());
        variables.put("paymentMethodName", "クレジットカード");
        variables.put("billingAmount", 5500);
        variables.put("flagSummary", "");
        return variables;
    }

    private void completeStatus(long instance, String status) {
        ActivatedJob job = next(instance, "order.set-status");
        assertThat(job.getCustomHeaders()).containsEntry("status", status);
        complete(job, Map.of());
    }

    private void publish(String message, long orderId) {
        client.newPublishMessageCommand().messageName(message).correlationKey(String.valueOf(orderId))
                .timeToLive(Duration.ofMinutes(1)).send().join();
    }

    private void complete(ActivatedJob job, Map<String, Object> variables) {
        client.newCompleteCommand(job.getKey()).variables(variables).send().join();
    }

    /** The next job of this type for this instance; jobs of other instances are left to expire after {@link #LOCK}. */
    private ActivatedJob next(long instance, String type) {
        long until = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < until) {
            List<ActivatedJob> jobs = client.newActivateJobsCommand().jobType(type).maxJobsToActivate(32).timeout(LOCK)
                    .requestTimeout(Duration.ofSeconds(2)).send().join().getJobs();
            for (ActivatedJob job : jobs) {
                if (job.getProcessInstanceKey() == instance) {
                    return job;
                }
            }
        }
        throw new AssertionError("no " + type + " job for instance " + instance);
    }

    private io.camunda.client.api.search.response.UserTask eventuallyOneTask(long instance) {
        long until = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < until) {
            var tasks = client.newUserTaskSearchRequest().filter(f -> f.processInstanceKey(instance)
                    .state(io.camunda.client.api.search.enums.UserTaskState.CREATED)).send().join().items();
            if (!tasks.isEmpty()) {
                assertThat(tasks).hasSize(1);
                return tasks.get(0);
            }
            pause();
        }
        throw new AssertionError("no open user task for instance " + instance);
    }

    private void eventuallyActive(long instance, String elementId) {
        long until = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < until) {
            boolean active = client.newElementInstanceSearchRequest().filter(f -> f.processInstanceKey(instance))
                    .send().join().items().stream()
                    .anyMatch(e -> e.getElementId().equals(elementId) && e.getState().name().equals("ACTIVE"));
            if (active) {
                return;
            }
            pause();
        }
        throw new AssertionError(elementId + " never became active");
    }

    private List<String> elementIds(long instance) {
        return client.newElementInstanceSearchRequest().filter(f -> f.processInstanceKey(instance))
                .sort(s -> s.elementInstanceKey().asc()).page(p -> p.limit(200)).send().join().items().stream()
                .map(ElementInstance::getElementId).toList();
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
