package jp.juchu.engine;

import static jp.juchu.engine.EngineTestSupport.unique;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.response.DeploymentEvent;
import io.camunda.client.api.search.enums.ElementInstanceState;
import io.camunda.client.api.search.enums.ElementInstanceType;
import io.camunda.client.api.search.response.UserTask;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import java.util.Map;
import jp.juchu.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The vertical slice through the real client: deploy, start, service task, user task, gateway, end. */
@IntegrationTest
class EngineCoreIT {

    @Autowired
    CamundaClient client;

    EngineTestSupport engine;

    @BeforeEach
    void setUp() {
        engine = new EngineTestSupport(client);
    }

    private BpmnModelInstance orderProcess(String id, String jobType) {
        return Bpmn.createExecutableProcess(id)
                .startEvent("received")
                .serviceTask("reserve", t -> t.zeebeJobType(jobType).zeebeTaskHeader("shop", "rakuten"))
                .userTask("approve", u -> u.zeebeUserTask().zeebeCandidateGroups("operators").zeebeAssignee("=approver"))
                .exclusiveGateway("decision")
                .conditionExpression("=approved")
                .endEvent("shipped")
                .moveToLastExclusiveGateway()
                .defaultFlow()
                .endEvent("rejected")
                .done();
    }

    @Test
    void anOrderRunsThroughServiceTaskUserTaskAndGateway() {
        String processId = unique("order");
        String jobType = unique("reserve");
        DeploymentEvent deployment = engine.deploy(orderProcess(processId, jobType), processId + ".bpmn");
        assertThat(deployment.getProcesses()).singleElement()
                .satisfies(p -> assertThat(p.getVersion()).isEqualTo(1));

        long instanceKey = engine.start(processId, Map.of("orderId", "R-1", "approver", "suzuki"));

        ActivatedJob job = engine.activateOne(jobType);
        assertThat(job.getProcessInstanceKey()).isEqualTo(instanceKey);
        assertThat(job.getVariablesAsMap()).containsEntry("orderId", "R-1");
        assertThat(job.getCustomHeaders()).containsEntry("shop", "rakuten");
        assertThat(job.getElementId()).isEqualTo("reserve");
        engine.complete(job, Map.of("reserved", true));

        UserTask task = engine.openUserTasks(instanceKey).get(0);
        assertThat(task.getAssignee()).isEqualTo("suzuki");
        assertThat(task.getCandidateGroups()).containsExactly("operators");
        assertThat(task.getElementId()).isEqualTo("approve");
        client.newCompleteUserTaskCommand(task.getUserTaskKey()).variables(Map.of("approved", true)).send().join();

        assertThat(engine.state(instanceKey)).isEqualTo("COMPLETED");
        assertThat(engine.elementIds(instanceKey))
                .containsExactly("received", "reserve", "approve", "decision", "shipped");
        // As in Camunda, the process itself is an element instance too: type PROCESS, keyed by the instance key.
        assertThat(engine.timeline(instanceKey).get(0)).satisfies(process -> {
            assertThat(process.getType()).isEqualTo(ElementInstanceType.PROCESS);
            assertThat(process.getElementInstanceKey()).isEqualTo(instanceKey);
            assertThat(process.getElementId()).isEqualTo(processId);
            assertThat(process.getState()).isEqualTo(ElementInstanceState.COMPLETED);
            assertThat(process.getEndDate()).isNotNull();
        });
        assertThat(client.newElementInstanceSearchRequest().filter(f -> f.type(ElementInstanceType.PROCESS)
                .processInstanceKey(instanceKey)).send().join().items()).hasSize(1);
    }

    @Test
    void redeployingTheSameContentKeepsTheVersionAndChangedContentAddsOne() {
        String processId = unique("versioned");
        BpmnModelInstance model = orderProcess(processId, "a");
        int first = engine.deploy(model, processId + ".bpmn").getProcesses().get(0).getVersion();
        int same = engine.deploy(model, processId + ".bpmn").getProcesses().get(0).getVersion();
        int changed = engine.deploy(orderProcess(processId, "b"), processId + ".bpmn").getProcesses().get(0).getVersion();

        assertThat(first).isEqualTo(1);
        assertThat(same).isEqualTo(1);
        assertThat(changed).isEqualTo(2);
    }
}
