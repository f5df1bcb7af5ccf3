package jp.juchu.engine;

import static jp.juchu.engine.EngineTestSupport.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ProblemException;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.search.response.Incident;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import jp.juchu.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Jobs: activation, long polling, fail/retry/back-off, incidents, BPMN errors, updates, timeouts. */
@IntegrationTest
class EngineJobsIT {

    @Autowired
    CamundaClient client;

    EngineTestSupport engine;
    String processId;
    String jobType;

    @BeforeEach
    void setUp() {
        engine = new EngineTestSupport(client);
        processId = unique("jobs");
        jobType = unique("work");
        engine.deploy(Bpmn.createExecutableProcess(processId)
                .startEvent("start")
                .serviceTask("task", t -> t.zeebeJobType(jobType).zeebeJobRetries("2"))
                .boundaryEvent("declined", b -> b.error("DECLINED"))
                .endEvent("declinedEnd")
                .moveToActivity("task")
                .endEvent("end")
                .done(), processId + ".bpmn");
    }

    @AfterEach
    void resetClock() {
        engine.resetClock();
    }

    @Test
    void failingWithRetriesLeftMakesTheJobActivatableAgainAfterTheBackOff() {
        long instance = engine.start(processId, Map.of());
        ActivatedJob job = engine.activateOne(jobType);
        assertThat(job.getRetries()).isEqualTo(2);

        client.newFailCommand(job).retries(1).retryBackoff(Duration.ofMinutes(10)).errorMessage("card declined")
                .send().join();

        assertThat(engine.activate(jobType, 1, Duration.ofMillis(300))).isEmpty();
        engine.pinClock(Instant.now().plus(Duration.ofMinutes(11)));
        ActivatedJob again = engine.activateOne(jobType);
        assertThat(again.getKey()).isEqualTo(job.getKey());
        assertThat(again.getRetries()).isEqualTo(1);
        engine.complete(again, Map.of());
        assertThat(engine.state(instance)).isEqualTo("COMPLETED");
    }

    @Test
    void failingWithoutRetriesRaisesAnIncidentThatResolvingAfterRetryUpdateClears() {
        long instance = engine.start(processId, Map.of());
        ActivatedJob job = engine.activateOne(jobType);

        client.newFailCommand(job).retries(0).errorMessage("shop down").send().join();

        List<Incident> incidents = engine.incidents(instance);
        assertThat(incidents).singleElement().satisfies(incident -> {
            assertThat(incident.getErrorType().name()).isEqualTo("JOB_NO_RETRIES");
            assertThat(incident.getErrorMessage()).isEqualTo("shop down");
            assertThat(incident.getJobKey()).isEqualTo(job.getKey());
        });
        assertThat(engine.instance(instance).getHasIncident()).isTrue();

        client.newUpdateRetriesCommand(job.getKey()).retries(1).send().join();
        client.newResolveIncidentCommand(incidents.get(0).getIncidentKey()).send().join();

        assertThat(engine.instance(instance).getHasIncident()).isFalse();
        engine.complete(engine.activateOne(jobType), Map.of());
        assertThat(engine.state(instance)).isEqualTo("COMPLETED");
    }

    @Test
    void aThrownErrorIsCaughtByTheMatchingBoundaryEvent() {
        long instance = engine.start(processId, Map.of());
        ActivatedJob job = engine.activateOne(jobType);

        client.newThrowErrorCommand(job).errorCode("DECLINED").errorMessage("no stock")
                .variables(Map.of("reason", "stock")).send().join();

        assertThat(engine.state(instance)).isEqualTo("COMPLETED");
        assertThat(engine.elementIds(instance)).containsExactly("start", "task", "declined", "declinedEnd");
    }

    @Test
    void anUncaughtErrorBecomesAnUnhandledErrorIncident() {
        long instance = engine.start(processId, Map.of());
        ActivatedJob job = engine.activateOne(jobType);

        client.newThrowErrorCommand(job).errorCode("OTHER").send().join();

        assertThat(engine.incidents(instance)).singleElement()
                .satisfies(incident -> assertThat(incident.getErrorType().name()).isEqualTo("UNHANDLED_ERROR_EVENT"));
        assertThat(engine.state(instance)).isEqualTo("ACTIVE");
    }

    @Test
    void anActivatedJobWhoseTimeoutPassesIsActivatedAgain() {
        engine.start(processId, Map.of());
        ActivatedJob first = client.newActivateJobsCommand().jobType(jobType).maxJobsToActivate(1)
                .timeout(Duration.ofMinutes(1)).send().join().getJobs().get(0);
        assertThat(engine.activate(jobType, 1, Duration.ofMillis(200))).isEmpty();

        engine.pinClock(Instant.now().plus(Duration.ofMinutes(2)));

        ActivatedJob again = engine.activateOne(jobType);
        assertThat(again.getKey()).isEqualTo(first.getKey());
    }

    @Test
    void updatingTheTimeoutExtendsTheDeadline() {
        engine.start(processId, Map.of());
        ActivatedJob job = client.newActivateJobsCommand().jobType(jobType).maxJobsToActivate(1)
                .timeout(Duration.ofMinutes(1)).send().join().getJobs().get(0);

        client.newUpdateTimeoutCommand(job.getKey()).timeout(Duration.ofHours(1)).send().join();
        engine.pinClock(Instant.now().plus(Duration.ofMinutes(2)));

        assertThat(engine.activate(jobType, 1, Duration.ofMillis(700))).isEmpty();
    }

    @Test
    void longPollingAnswersAsSoonAsAJobIsCreated() {
        CompletableFuture<List<ActivatedJob>> poll = CompletableFuture.supplyAsync(() ->
                engine.activate(jobType, 1, Duration.ofSeconds(8)));
        sleep(500);
        long started = System.currentTimeMillis();
        engine.start(processId, Map.of());

        List<ActivatedJob> jobs = poll.join();
        assertThat(jobs).hasSize(1);
        assertThat(System.currentTimeMillis() - started).isLessThan(3_000);
    }

    @Test
    void longPollingWithoutJobsAnswersEmptyAtTheRequestTimeout() {
        long started = System.currentTimeMillis();

        List<ActivatedJob> jobs = engine.activate(unique("nothing"), 5, Duration.ofSeconds(1));

        long elapsed = System.currentTimeMillis() - started;
        assertThat(jobs).isEmpty();
        assertThat(elapsed).isBetween(900L, 2_000L);
    }

    @Test
    void fetchVariableLimitsTheVariablesOfActivatedJobs() {
        engine.start(processId, Map.of("orderId", "R-9", "secret", "x"));

        List<ActivatedJob> jobs = client.newActivateJobsCommand().jobType(jobType).maxJobsToActivate(1)
                .fetchVariables("orderId").send().join().getJobs();

        assertThat(jobs.get(0).getVariablesAsMap()).containsOnlyKeys("orderId");
    }

    @Test
    void completingAnUnknownOrCompletedJobIsNotFound() {
        engine.start(processId, Map.of());
        ActivatedJob job = engine.activateOne(jobType);
        engine.complete(job, Map.of());

        assertThatThrownBy(() -> engine.complete(job, Map.of()))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.code()).isEqualTo(404));
        assertThatThrownBy(() -> client.newCompleteCommand(123L).send().join())
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.code()).isEqualTo(404));
    }

    @Test
    void aJobWorkerCompletesJobsByItself() {
        long instance = engine.start(processId, Map.of("n", 1));
        try (var worker = client.newWorker().jobType(jobType)
                .handler((jobClient, job) -> jobClient.newCompleteCommand(job).variables(Map.of("done", true)).send().join())
                .open()) {
            EngineTestSupport.eventually(() -> "COMPLETED".equals(engine.state(instance)), "worker completes the job");
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
