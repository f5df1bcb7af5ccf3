package jp.juchu.engine;

import static jp.juchu.engine.EngineTestSupport.eventually;
import static jp.juchu.engine.EngineTestSupport.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ProblemException;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import jp.juchu.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Messages (publish, buffer, de-duplicate, correlate) and timers (moved by the pinned clock). */
@IntegrationTest
class EngineEventsIT {

    @Autowired
    CamundaClient client;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    EngineTestSupport engine;

    @BeforeEach
    void setUp() {
        engine = new EngineTestSupport(client);
    }

    @AfterEach
    void resetClock() {
        engine.resetClock();
    }

    private String messageProcess(String message) {
        String processId = unique("paid");
        engine.deploy(Bpmn.createExecutableProcess(processId)
                .startEvent("start")
                .intermediateCatchEvent("waitPaid", e -> e.message(m -> m.name(message).zeebeCorrelationKeyExpression("orderId")))
                .endEvent("end")
                .done(), processId + ".bpmn");
        return processId;
    }

    @Test
    void aPublishedMessageCompletesTheWaitingCatchEventWithItsVariables() {
        String message = unique("paid");
        String processId = messageProcess(message);
        long instance = engine.start(processId, Map.of("orderId", "R-1"));

        client.newPublishMessageCommand().messageName(message).correlationKey("R-1")
                .variables(Map.of("amount", 1200)).send().join();

        assertThat(engine.state(instance)).isEqualTo("COMPLETED");
        assertThat(client.newVariableSearchRequest().filter(f -> f.processInstanceKey(instance).name("amount"))
                .send().join().items()).singleElement().satisfies(v -> assertThat(v.getValue()).isEqualTo("1200"));
    }

    @Test
    void aMessagePublishedBeforeTheSubscriptionIsBufferedForItsTimeToLive() {
        String message = unique("early");
        String processId = messageProcess(message);
        client.newPublishMessageCommand().messageName(message).correlationKey("R-2")
                .timeToLive(Duration.ofMinutes(5)).send().join();

        long instance = engine.start(processId, Map.of("orderId", "R-2"));

        assertThat(engine.state(instance)).isEqualTo("COMPLETED");
    }

    /**
     * A message published while the subscription was being opened in another transaction: neither saw the other,
     * so the message sits buffered beside the open subscription. The scheduler hands it over.
     */
    @Test
    void aBufferedMessageThatMissedAnOpeningSubscriptionIsStillCorrelated() {
        String message = unique("raced");
        String processId = messageProcess(message);
        long instance = engine.start(processId, Map.of("orderId", "R-race"));
        long key = java.util.concurrent.ThreadLocalRandom.current().nextLong(1L << 60, Long.MAX_VALUE);

        jdbc.update("INSERT INTO engine_message (message_key, message_name, correlation_key, message_id, variables, expires_at) "
                + "VALUES (?, ?, ?, NULL, ?, ?)", key, message, "R-race", "{\"late\":true}",
                Instant.now().plus(Duration.ofMinutes(5)).toEpochMilli());

        eventually(() -> "COMPLETED".equals(engine.state(instance)), "the stranded message reaches the instance");
        assertThat(client.newVariableSearchRequest().filter(f -> f.processInstanceKey(instance).name("late"))
                .send().join().items()).singleElement().satisfies(v -> assertThat(v.getValue()).isEqualTo("true"));
    }

    @Test
    void anExpiredBufferedMessageIsNotCorrelated() {
        String message = unique("late");
        String processId = messageProcess(message);
        client.newPublishMessageCommand().messageName(message).correlationKey("R-3")
                .timeToLive(Duration.ofMinutes(1)).send().join();
        engine.pinClock(Instant.now().plus(Duration.ofMinutes(2)));

        long instance = engine.start(processId, Map.of("orderId", "R-3"));

        assertThat(engine.state(instance)).isEqualTo("ACTIVE");
    }

    @Test
    void aMessageIdIsPublishedOnlyOnceWhileBuffered() {
        String message = unique("dedup");
        client.newPublishMessageCommand().messageName(message).correlationKey("k").messageId("m-1")
                .timeToLive(Duration.ofMinutes(5)).send().join();

        assertThatThrownBy(() -> client.newPublishMessageCommand().messageName(message).correlationKey("k")
                .messageId("m-1").timeToLive(Duration.ofMinutes(5)).send().join())
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.code()).isEqualTo(409);
                    assertThat(e.details().getTitle()).isEqualTo("ALREADY_EXISTS");
                    assertThat(e.details().getDetail()).contains("m-1");
                });
        // another id, or the same id under another message name, is a new message
        client.newPublishMessageCommand().messageName(message).correlationKey("k").messageId("m-2")
                .timeToLive(Duration.ofMinutes(5)).send().join();
        client.newPublishMessageCommand().messageName(unique("other")).correlationKey("k").messageId("m-1")
                .timeToLive(Duration.ofMinutes(5)).send().join();
    }

    @Test
    void correlatingWithoutAWaitingSubscriptionIsNotFound() {
        assertThatThrownBy(() -> client.newCorrelateMessageCommand().messageName(unique("nobody")).correlationKey("x")
                .send().join())
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.code()).isEqualTo(404));
    }

    @Test
    void correlateReturnsTheInstanceThatReceivedTheMessage() {
        String message = unique("corr");
        String processId = messageProcess(message);
        long instance = engine.start(processId, Map.of("orderId", "R-4"));

        var result = client.newCorrelateMessageCommand().messageName(message).correlationKey("R-4").send().join();

        assertThat(result.getProcessInstanceKey()).isEqualTo(instance);
        assertThat(engine.state(instance)).isEqualTo("COMPLETED");
    }

    @Test
    void aMessageStartEventCreatesAnInstance() {
        String message = unique("order-received");
        String processId = unique("msgstart");
        engine.deploy(Bpmn.createExecutableProcess(processId)
                .startEvent("received").message(message)
                .userTask("check", u -> u.zeebeUserTask())
                .endEvent("end")
                .done(), processId + ".bpmn");

        var result = client.newCorrelateMessageCommand().messageName(message).withoutCorrelationKey()
                .variables(Map.of("orderId", "R-5")).send().join();

        assertThat(engine.openUserTasks(result.getProcessInstanceKey())).hasSize(1);
    }

    @Test
    void anIntermediateTimerFiresWhenTheClockPassesItsDueDate() {
        String processId = unique("timer");
        engine.deploy(Bpmn.createExecutableProcess(processId)
                .startEvent("start")
                .intermediateCatchEvent("wait", e -> e.timerWithDuration("PT1H"))
                .endEvent("end")
                .done(), processId + ".bpmn");
        long instance = engine.start(processId, Map.of());
        assertThat(engine.state(instance)).isEqualTo("ACTIVE");

        engine.pinClock(Instant.now().plus(Duration.ofMinutes(61)));

        eventually(() -> "COMPLETED".equals(engine.state(instance)), "timer fired");
    }

    @Test
    void anInterruptingBoundaryTimerCancelsTheTaskAndANonInterruptingOneKeepsIt() {
        String processId = unique("reminder");
        engine.deploy(Bpmn.createExecutableProcess(processId)
                .startEvent("start")
                .userTask("approve", u -> u.zeebeUserTask())
                .boundaryEvent("remind", b -> b.cancelActivity(false).timerWithDuration("PT1H"))
                .serviceTask("sendReminder", t -> t.zeebeJobType("reminder-" + processId))
                .endEvent("reminded")
                .moveToActivity("approve")
                .boundaryEvent("escalate", b -> b.cancelActivity(true).timerWithDuration("PT3H"))
                .endEvent("escalated")
                .moveToActivity("approve")
                .endEvent("approved")
                .done(), processId + ".bpmn");
        long instance = engine.start(processId, Map.of());

        engine.pinClock(Instant.now().plus(Duration.ofMinutes(61)));
        eventually(() -> engine.elementIds(instance).contains("sendReminder"), "non-interrupting timer fired");
        assertThat(engine.openUserTasks(instance)).hasSize(1);

        engine.pinClock(Instant.now().plus(Duration.ofMinutes(181)));
        eventually(() -> engine.elementIds(instance).contains("escalated"), "interrupting timer fired");
        assertThat(engine.openUserTasks(instance)).isEmpty();
    }

    @Test
    void aMessageBoundaryEventInterruptsTheTask() {
        String message = unique("cancelled");
        String processId = unique("cancel");
        engine.deploy(Bpmn.createExecutableProcess(processId)
                .startEvent("start")
                .serviceTask("ship", t -> t.zeebeJobType("ship-" + processId))
                .boundaryEvent("cancelRequest", b -> b.message(m -> m.name(message).zeebeCorrelationKeyExpression("orderId")))
                .endEvent("cancelledEnd")
                .moveToActivity("ship")
                .endEvent("end")
                .done(), processId + ".bpmn");
        long instance = engine.start(processId, Map.of("orderId", "R-7"));

        client.newPublishMessageCommand().messageName(message).correlationKey("R-7").send().join();

        assertThat(engine.state(instance)).isEqualTo("COMPLETED");
        assertThat(engine.elementIds(instance)).contains("cancelRequest", "cancelledEnd");
        assertThat(engine.activate("ship-" + processId, 1, Duration.ofMillis(200))).isEmpty();
    }

    @Test
    void anEventBasedGatewayTakesTheFirstEvent() {
        String message = unique("answer");
        String processId = unique("eventgw");
        engine.deploy(Bpmn.createExecutableProcess(processId)
                .startEvent("start")
                .eventBasedGateway("gw")
                .intermediateCatchEvent("answered", e -> e.message(m -> m.name(message).zeebeCorrelationKeyExpression("orderId")))
                .endEvent("ok")
                .moveToLastGateway()
                .intermediateCatchEvent("noAnswer", e -> e.timerWithDuration("P1D"))
                .endEvent("timedOut")
                .done(), processId + ".bpmn");
        long answered = engine.start(processId, Map.of("orderId", "A-1"));
        long silent = engine.start(processId, Map.of("orderId", "A-2"));

        client.newPublishMessageCommand().messageName(message).correlationKey("A-1").send().join();
        engine.pinClock(Instant.now().plus(Duration.ofDays(2)));

        eventually(() -> "COMPLETED".equals(engine.state(silent)), "timer branch");
        assertThat(engine.elementIds(answered)).contains("answered", "ok").doesNotContain("noAnswer");
        assertThat(engine.elementIds(silent)).contains("noAnswer", "timedOut").doesNotContain("answered");
    }

    @Test
    void aTimerStartEventCreatesInstances() {
        String processId = unique("nightly");
        String jobType = unique("nightly-job");
        engine.deploy(Bpmn.createExecutableProcess(processId)
                .startEvent("every").timerWithCycle("R2/PT1H")
                .serviceTask("run", t -> t.zeebeJobType(jobType))
                .endEvent("end")
                .done(), processId + ".bpmn");

        engine.pinClock(Instant.now().plus(Duration.ofMinutes(61)));

        eventually(() -> !engine.activate(jobType, 5, Duration.ofMillis(200)).isEmpty(), "a timer-started instance");
    }
}
