package jp.juchu.engine;

import static jp.juchu.engine.EngineTestSupport.unique;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.search.response.Variable;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jp.juchu.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Gateways, scopes and variables: parallel join, sub-processes, event sub-processes, call activity, mappings. */
@IntegrationTest
class EngineScopesIT {

    @Autowired
    CamundaClient client;

    EngineTestSupport engine;

    @BeforeEach
    void setUp() {
        engine = new EngineTestSupport(client);
    }

    private Map<String, String> processVariables(long instance) {
        return client.newVariableSearchRequest().filter(f -> f.processInstanceKey(instance).scopeKey(instance))
                .send().join().items().stream().collect(Collectors.toMap(Variable::getName, Variable::getValue));
    }

    @Test
    void aParallelGatewayForksAndJoins() {
        String processId = unique("parallel");
        String typeA = unique("a");
        String typeB = unique("b");
        engine.deploy(Bpmn.createExecutableProcess(processId)
                .startEvent("start")
                .parallelGateway("fork")
                .serviceTask("a", t -> t.zeebeJobType(typeA))
                .parallelGateway("join")
                .endEvent("end")
                .moveToNode("fork")
                .serviceTask("b", t -> t.zeebeJobType(typeB))
                .connectTo("join")
                .done(), processId + ".bpmn");
        long instance = engine.start(processId, Map.of());

        engine.complete(engine.activateOne(typeA), Map.of("a", 1));
        assertThat(engine.state(instance)).isEqualTo("ACTIVE");
        engine.complete(engine.activateOne(typeB), Map.of("b", 2));

        assertThat(engine.state(instance)).isEqualTo("COMPLETED");
        assertThat(engine.elementIds(instance).stream().filter("join"::equals)).hasSize(1);
        assertThat(processVariables(instance)).containsEntry("a", "1").containsEntry("b", "2");
    }

    @Test
    void inputMappedVariablesStayLocalAndOutputMappingsPropagate() {
        String processId = unique("mapping");
        String type = unique("calc");
        engine.deploy(Bpmn.createExecutableProcess(processId)
                .startEvent("start")
                .serviceTask("calc", t -> t.zeebeJobType(type)
                        .zeebeInputExpression("order.total", "amount")
                        .zeebeOutputExpression("taxed", "order.taxed"))
                .scriptTask("double", s -> s.zeebeExpression("order.taxed * 2").zeebeResultVariable("doubled"))
                .endEvent("end")
                .done(), processId + ".bpmn");
        long instance = engine.start(processId, Map.of("order", Map.of("total", 1000)));

        ActivatedJob job = engine.activateOne(type);
        assertThat(job.getVariablesAsMap()).containsEntry("amount", 1000);
        engine.complete(job, Map.of("taxed", 1100));

        Map<String, String> variables = processVariables(instance);
        assertThat(variables).doesNotContainKeys("amount", "taxed");
        assertThat(variables.get("order")).contains("\"taxed\":1100").contains("\"total\":1000");
        assertThat(variables).containsEntry("doubled", "2200");
    }

    @Test
    void jobVariablesWithoutOutputMappingsGoToTheProcess() {
        String processId = unique("propagate");
        String type = unique("set");
        engine.deploy(Bpmn.createExecutableProcess(processId)
                .startEvent("start")
                .subProcess("sub", s -> s.embeddedSubProcess().startEvent("subStart")
                        .serviceTask("inner", t -> t.zeebeJobType(type))
                        .endEvent("subEnd"))
                .endEvent("end")
                .done(), processId + ".bpmn");
        long instance = engine.start(processId, Map.of());

        engine.complete(engine.activateOne(type), Map.of("status", "done"));

        assertThat(engine.state(instance)).isEqualTo("COMPLETED");
        assertThat(processVariables(instance)).containsEntry("status", "\"done\"");
        assertThat(engine.elementIds(instance)).containsExactly("start", "sub", "subStart", "inner", "subEnd", "end");
    }

    @Test
    void anErrorEndEventInASubProcessIsCaughtByTheBoundaryOfTheSubProcess() {
        String processId = unique("suberror");
        engine.deploy(Bpmn.createExecutableProcess(processId)
                .startEvent("start")
                .subProcess("sub", s -> s.embeddedSubProcess().startEvent("subStart")
                        .endEvent("fail", e -> e.error("OUT_OF_STOCK")))
                .boundaryEvent("caught", b -> b.error("OUT_OF_STOCK"))
                .endEvent("handled")
                .moveToActivity("sub")
                .endEvent("end")
                .done(), processId + ".bpmn");

        long instance = engine.start(processId, Map.of());

        assertThat(engine.state(instance)).isEqualTo("COMPLETED");
        assertThat(engine.elementIds(instance)).contains("caught", "handled").doesNotContain("end");
    }

    @Test
    void anInterruptingMessageEventSubProcessReplacesTheMainFlow() {
        String message = unique("abort");
        String processId = unique("esp");
        String type = unique("long");
        engine.deploy(Bpmn.createExecutableProcess(processId)
                .eventSubProcess("onAbort", e -> e.startEvent("abortStart")
                        .message(m -> m.name(message).zeebeCorrelationKeyExpression("orderId"))
                        .interrupting(true)
                        .endEvent("aborted"))
                .startEvent("start")
                .serviceTask("work", t -> t.zeebeJobType(type))
                .endEvent("end")
                .done(), processId + ".bpmn");
        long instance = engine.start(processId, Map.of("orderId", "E-1"));

        client.newPublishMessageCommand().messageName(message).correlationKey("E-1").send().join();

        assertThat(engine.state(instance)).isEqualTo("COMPLETED");
        assertThat(engine.elementIds(instance)).contains("onAbort", "abortStart", "aborted");
        assertThat(engine.timeline(instance).stream().filter(e -> e.getElementId().equals("work")).findFirst()
                .orElseThrow().getState().name()).isEqualTo("TERMINATED");
    }

    @Test
    void anErrorEventSubProcessCatchesAJobError() {
        String processId = unique("espError");
        String type = unique("pay");
        engine.deploy(Bpmn.createExecutableProcess(processId)
                .eventSubProcess("onError", e -> e.startEvent("errorStart").error("PAYMENT").endEvent("compensated"))
                .startEvent("start")
                .serviceTask("charge", t -> t.zeebeJobType(type))
                .endEvent("end")
                .done(), processId + ".bpmn");
        long instance = engine.start(processId, Map.of());

        client.newThrowErrorCommand(engine.activateOne(type)).errorCode("PAYMENT").send().join();

        assertThat(engine.state(instance)).isEqualTo("COMPLETED");
        assertThat(engine.elementIds(instance)).contains("errorStart", "compensated");
    }

    @Test
    void aCallActivityRunsTheChildProcessAndPropagatesVariablesBothWays() {
        String childId = unique("child");
        String parentId = unique("parent");
        String type = unique("childWork");
        engine.deploy(Bpmn.createExecutableProcess(childId)
                .startEvent("childStart")
                .serviceTask("childTask", t -> t.zeebeJobType(type))
                .endEvent("childEnd")
                .done(), childId + ".bpmn");
        engine.deploy(Bpmn.createExecutableProcess(parentId)
                .startEvent("start")
                .callActivity("call", c -> c.zeebeProcessId(childId))
                .endEvent("end")
                .done(), parentId + ".bpmn");
        long parent = engine.start(parentId, Map.of("orderId", "C-1"));

        ActivatedJob job = engine.activateOne(type);
        assertThat(job.getVariablesAsMap()).containsEntry("orderId", "C-1");
        assertThat(job.getProcessInstanceKey()).isNotEqualTo(parent);
        engine.complete(job, Map.of("childResult", "ok"));

        assertThat(engine.state(parent)).isEqualTo("COMPLETED");
        assertThat(engine.state(job.getProcessInstanceKey())).isEqualTo("COMPLETED");
        assertThat(processVariables(parent)).containsEntry("childResult", "\"ok\"");
    }

    @Test
    void cancellingAnInstanceTerminatesItsElementsAndJobs() {
        String processId = unique("cancel");
        String type = unique("never");
        engine.deploy(Bpmn.createExecutableProcess(processId)
                .startEvent("start")
                .serviceTask("work", t -> t.zeebeJobType(type))
                .endEvent("end")
                .done(), processId + ".bpmn");
        long instance = engine.start(processId, Map.of());

        client.newCancelInstanceCommand(instance).send().join();

        assertThat(engine.state(instance)).isEqualTo("TERMINATED");
        assertThat(engine.activate(type, 1, java.time.Duration.ofMillis(200))).isEmpty();
    }

    @Test
    void modificationActivatesAnElementAndTerminatesAnother() {
        String processId = unique("modify");
        engine.deploy(Bpmn.createExecutableProcess(processId)
                .startEvent("start")
                .userTask("received", u -> u.zeebeUserTask())
                .userTask("shipped", u -> u.zeebeUserTask())
                .endEvent("end")
                .done(), processId + ".bpmn");
        long instance = engine.start(processId, Map.of());
        long receivedKey = engine.timeline(instance).stream().filter(e -> e.getElementId().equals("received"))
                .findFirst().orElseThrow().getElementInstanceKey();

        client.newModifyProcessInstanceCommand(instance).activateElement("shipped").and()
                .terminateElement(receivedKey).send().join();

        List<String> open = engine.openUserTasks(instance).stream().map(t -> t.getElementId()).toList();
        assertThat(open).containsExactly("shipped");
        assertThat(engine.state(instance)).isEqualTo("ACTIVE");
    }
}
