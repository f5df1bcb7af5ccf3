package jp.juchu.engine;

import static jp.juchu.engine.EngineTestSupport.unique;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.search.response.ProcessInstance;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.builder.AbstractFlowNodeBuilder;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jp.juchu.support.IntegrationTest;
import jp.juchu.support.StatementCounter;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Not part of the suite (no *IT/*Test suffix). Run: see bench/README.md. N instances of a process with five service
 * tasks, driven by pollers through the real client; prints completed jobs per second and instance latency.
 */
@IntegrationTest
class EngineBenchmark {

    private static final int INSTANCES = Integer.getInteger("bench.instances", 200);
    private static final int POLLERS = Integer.getInteger("bench.pollers", 4);
    private static final int STARTERS = Integer.getInteger("bench.starters", 4);

    @Autowired
    CamundaClient client;

    @Autowired
    MeterRegistry meters;

    @Autowired
    StatementCounter statements;

    @TestConfiguration
    static class CountStatements {
        @Bean
        static StatementCounter statementCounter() {
            return new StatementCounter();
        }
    }

    @Test
    void fiveServiceTasks() throws Exception {
        String processId = unique("bench");
        String type = unique("bench-job");
        AbstractFlowNodeBuilder<?, ?> builder = Bpmn.createExecutableProcess(processId).startEvent("start");
        for (int i = 1; i <= 5; i++) {
            builder = builder.serviceTask("task" + i, t -> t.zeebeJobType(type));
        }
        EngineTestSupport engine = new EngineTestSupport(client);
        engine.deploy(builder.endEvent("end").done(), processId + ".bpmn");

        int totalJobs = INSTANCES * 5;
        AtomicInteger completed = new AtomicInteger();
        ExecutorService pollers = Executors.newFixedThreadPool(POLLERS);
        ExecutorService starters = Executors.newFixedThreadPool(STARTERS);
        statements.reset();
        long started = System.nanoTime();
        for (int p = 0; p < POLLERS; p++) {
            pollers.submit(() -> {
                while (completed.get() < totalJobs) {
                    List<ActivatedJob> jobs = client.newActivateJobsCommand().jobType(type).maxJobsToActivate(32)
                            .requestTimeout(Duration.ofSeconds(1)).send().join().getJobs();
                    // Completions of one batch are in flight together, as the client's job workers send them.
                    CompletableFuture.allOf(jobs.stream().map(job -> client.newCompleteCommand(job.getKey())
                                    .variables(Map.of("step", job.getElementId())).send().toCompletableFuture()
                                    .thenRun(completed::incrementAndGet))
                            .toArray(CompletableFuture[]::new)).join();
                }
                return null;
            });
        }
        for (int i = 0; i < INSTANCES; i++) {
            int n = i;
            starters.submit(() -> engine.start(processId, Map.of("n", n)));
        }
        starters.shutdown();
        pollers.shutdown();
        pollers.awaitTermination(30, TimeUnit.MINUTES);
        double seconds = (System.nanoTime() - started) / 1e9;

        List<Long> latencies = new ArrayList<>();
        List<ProcessInstance> finished = client.newProcessInstanceSearchRequest()
                .filter(f -> f.processDefinitionId(processId)).page(p -> p.limit(10_000)).send().join().items();
        for (ProcessInstance instance : finished) {
            if (instance.getEndDate() != null) {
                latencies.add(Duration.between(OffsetDateTime.parse(instance.getStartDate().toString()),
                        OffsetDateTime.parse(instance.getEndDate().toString())).toMillis());
            }
        }
        latencies.sort(Long::compare);
        System.out.printf("BENCH instances=%d starters=%d pollers=%d jobs=%d seconds=%.1f jobs/s=%.0f latency p50=%d ms p95=%d ms%n",
                INSTANCES, STARTERS, POLLERS, completed.get(), seconds, completed.get() / seconds,
                latencies.get(latencies.size() / 2), latencies.get((int) (latencies.size() * 0.95)));
        System.out.printf("BENCH statements=%d (%.1f per job)%n%s", statements.total(),
                statements.total() / (double) totalJobs, statements.top(25));
        for (Timer timer : meters.find("http.server.requests").timers()) {
            String uri = timer.getId().getTag("uri");
            if (uri != null && uri.startsWith("/v2/") && timer.count() > 10) {
                System.out.printf("BENCH server %s %s: %d calls, mean %.2f ms, max %.1f ms%n", timer.getId().getTag("method"),
                        uri, timer.count(), timer.mean(TimeUnit.MILLISECONDS), timer.max(TimeUnit.MILLISECONDS));
            }
        }
    }
}
