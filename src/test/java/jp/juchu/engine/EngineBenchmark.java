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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import jp.juchu.support.IntegrationTest;
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

    @Autowired
    CamundaClient client;

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
        long started = System.nanoTime();
        for (int p = 0; p < POLLERS; p++) {
            pollers.submit(() -> {
                while (completed.get() < totalJobs) {
                    List<ActivatedJob> jobs = client.newActivateJobsCommand().jobType(type).maxJobsToActivate(32)
                            .requestTimeout(Duration.ofSeconds(1)).send().join().getJobs();
                    for (ActivatedJob job : jobs) {
                        client.newCompleteCommand(job.getKey()).variables(Map.of("step", job.getElementId()))
                                .send().join();
                        completed.incrementAndGet();
                    }
                }
                return null;
            });
        }
        for (int i = 0; i < INSTANCES; i++) {
            engine.start(processId, Map.of("n", i));
        }
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
        System.out.printf("BENCH instances=%d pollers=%d jobs=%d seconds=%.1f jobs/s=%.0f latency p50=%d ms p95=%d ms%n",
                INSTANCES, POLLERS, completed.get(), seconds, completed.get() / seconds,
                latencies.get(latencies.size() / 2), latencies.get((int) (latencies.size() * 0.95)));
    }
}
