package jp.juchu.engine;

import static jp.juchu.engine.EngineTestSupport.eventually;
import static jp.juchu.engine.EngineTestSupport.unique;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.CamundaClient;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import jp.juchu.JuchuApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Stops the application in the middle of an instance and starts a new one on the same (file) database: the job,
 * the timer, the user task and the message subscription all continue.
 */
class EngineRestartIT {

    @TempDir
    Path directory;

    private ConfigurableApplicationContext start(Path database) {
        String url = "jdbc:h2:file:" + database.toAbsolutePath() + "/engine;MODE=MySQL;DATABASE_TO_LOWER=TRUE;"
                + "CASE_INSENSITIVE_IDENTIFIERS=TRUE;NON_KEYWORDS=VALUE,KEY,YEAR,MONTH,DAY";
        return new SpringApplicationBuilder(JuchuApplication.class)
                .profiles("test")
                .run("--server.port=0", "--juchu.test.db=h2", "--spring.datasource.url=" + url,
                        "--spring.datasource.username=sa", "--spring.datasource.password=");
    }

    @Test
    void anInstanceContinuesAfterARestart() throws Exception {
        Path database = Files.createDirectories(directory.resolve("db"));
        String processId = unique("durable");
        String jobType = unique("durable-job");
        String message = unique("durable-msg");
        long instance;

        try (ConfigurableApplicationContext first = start(database)) {
            EngineTestSupport engine = new EngineTestSupport(first.getBean(CamundaClient.class));
            engine.deploy(Bpmn.createExecutableProcess(processId)
                    .startEvent("start")
                    .parallelGateway("fork")
                    .serviceTask("reserve", t -> t.zeebeJobType(jobType))
                    .parallelGateway("join")
                    .endEvent("end")
                    .moveToNode("fork")
                    .intermediateCatchEvent("wait", e -> e.timerWithDuration("PT1H"))
                    .connectTo("join")
                    .moveToNode("fork")
                    .userTask("approve", u -> u.zeebeUserTask())
                    .connectTo("join")
                    .moveToNode("fork")
                    .intermediateCatchEvent("paid", e -> e.message(m -> m.name(message).zeebeCorrelationKeyExpression("orderId")))
                    .connectTo("join")
                    .done(), processId + ".bpmn");
            instance = engine.start(processId, Map.of("orderId", "D-1"));
            assertThat(engine.openUserTasks(instance)).hasSize(1);
        }

        try (ConfigurableApplicationContext second = start(database)) {
            CamundaClient client = second.getBean(CamundaClient.class);
            EngineTestSupport engine = new EngineTestSupport(client);
            engine.complete(engine.activateOne(jobType), Map.of("reserved", true));
            engine.pinClock(Instant.now().plus(Duration.ofHours(2)));
            eventually(() -> engine.elementIds(instance).contains("join")
                    && engine.timeline(instance).stream().anyMatch(e -> e.getElementId().equals("wait")
                            && e.getState().name().equals("COMPLETED")), "timer fired after the restart");
            client.newCompleteUserTaskCommand(engine.openUserTasks(instance).get(0).getUserTaskKey()).send().join();
            client.newPublishMessageCommand().messageName(message).correlationKey("D-1").send().join();

            assertThat(engine.state(instance)).isEqualTo("COMPLETED");
            assertThat(engine.elementIds(instance)).contains("reserve", "wait", "approve", "paid", "end");
            engine.resetClock();
        }
    }
}
