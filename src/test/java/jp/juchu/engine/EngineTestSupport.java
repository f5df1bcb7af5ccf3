package jp.juchu.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.response.DeploymentEvent;
import io.camunda.client.api.search.response.ElementInstance;
import io.camunda.client.api.search.response.Incident;
import io.camunda.client.api.search.response.ProcessInstance;
import io.camunda.client.api.search.response.UserTask;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;

/** Small helpers over the real CamundaClient, so engine tests read like the app uses the engine. */
final class EngineTestSupport {

    private final CamundaClient client;

    EngineTestSupport(CamundaClient client) {
        this.client = client;
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    DeploymentEvent deploy(BpmnModelInstance model, String resourceName) {
        return client.newDeployResourceCommand().addProcessModel(model, resourceName).send().join();
    }

    long start(String processId, java.util.Map<String, Object> variables) {
        return client.newCreateInstanceCommand().bpmnProcessId(processId).latestVersion().variables(variables)
                .send().join().getProcessInstanceKey();
    }

    ActivatedJob activateOne(String type) {
        List<ActivatedJob> jobs = client.newActivateJobsCommand().jobType(type).maxJobsToActivate(1)
                .requestTimeout(Duration.ofSeconds(5)).send().join().getJobs();
        assertThat(jobs).as("an activatable job of type " + type).hasSize(1);
        return jobs.get(0);
    }

    List<ActivatedJob> activate(String type, int max, Duration requestTimeout) {
        return client.newActivateJobsCommand().jobType(type).maxJobsToActivate(max).requestTimeout(requestTimeout)
                .send().join().getJobs();
    }

    void complete(ActivatedJob job, java.util.Map<String, Object> variables) {
        client.newCompleteCommand(job.getKey()).variables(variables).send().join();
    }

    ProcessInstance instance(long key) {
        return client.newProcessInstanceGetRequest(key).send().join();
    }

    List<UserTask> openUserTasks(long instanceKey) {
        return client.newUserTaskSearchRequest()
                .filter(f -> f.processInstanceKey(instanceKey).state(io.camunda.client.api.search.enums.UserTaskState.CREATED))
                .send().join().items();
    }

    List<ElementInstance> timeline(long instanceKey) {
        return client.newElementInstanceSearchRequest().filter(f -> f.processInstanceKey(instanceKey))
                .sort(s -> s.elementInstanceKey().asc()).send().join().items();
    }

    /** The ids of the instance's flow elements in the order they were entered (without the process itself). */
    List<String> elementIds(long instanceKey) {
        return timeline(instanceKey).stream()
                .filter(e -> e.getType() != io.camunda.client.api.search.enums.ElementInstanceType.PROCESS)
                .map(ElementInstance::getElementId).toList();
    }

    List<Incident> incidents(long instanceKey) {
        return client.newIncidentSearchRequest().filter(f -> f.processInstanceKey(instanceKey)).send().join().items();
    }

    String state(long instanceKey) {
        return instance(instanceKey).getState().name();
    }

    void pinClock(Instant instant) {
        client.newPinClockCommand().time(instant).send().join();
    }

    void resetClock() {
        client.newResetClockCommand().send().join();
    }

    static void eventually(BooleanSupplier condition, String what) {
        long until = System.currentTimeMillis() + 10_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > until) {
                throw new AssertionError("Timed out waiting for: " + what);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
