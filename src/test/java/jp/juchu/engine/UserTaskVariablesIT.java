package jp.juchu.engine;

import static jp.juchu.engine.EngineTestSupport.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.response.Variable;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.util.List;
import java.util.Map;
import jp.juchu.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The user task variable search as Camunda 8.8 documents it: every variable visible from the task's scope, parent
 * scopes included, a name set in several scopes once per scope (Tasklist and our task form read the facts the
 * process set on the instance through it).
 */
@IntegrationTest
class UserTaskVariablesIT {

    @Autowired
    CamundaClient client;

    @Test
    void aTasksVariablesIncludeThoseOfItsParentScopes() {
        EngineTestSupport engine = new EngineTestSupport(client);
        String processId = unique("task-variables");
        engine.deploy(Bpmn.createExecutableProcess(processId).startEvent()
                .subProcess("stage", sub -> sub.zeebeInputExpression("\"sub\"", "level").embeddedSubProcess().startEvent()
                        .userTask("u", u -> u.zeebeUserTask().zeebeInputExpression("\"task\"", "where")).endEvent())
                .endEvent().done(), processId + ".bpmn");
        long instance = engine.start(processId, Map.of("orderId", 7, "where", "process"));
        EngineTestSupport.eventually(() -> !engine.openUserTasks(instance).isEmpty(), "the user task");
        long task = engine.openUserTasks(instance).get(0).getUserTaskKey();

        List<Variable> variables = client.newUserTaskVariableSearchRequest(task).send().join().items();

        assertThat(variables).extracting(Variable::getName, Variable::getValue).containsExactlyInAnyOrder(
                tuple("orderId", "7"), tuple("where", "\"process\""), tuple("level", "\"sub\""), tuple("where", "\"task\""));
        assertThat(variables).filteredOn(v -> v.getName().equals("orderId"))
                .allSatisfy(v -> assertThat(v.getScopeKey()).isEqualTo(instance));
    }
}
