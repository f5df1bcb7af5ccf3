package jp.juchu.engine;

import static jp.juchu.engine.EngineTestSupport.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ProblemException;
import io.camunda.client.api.response.DeploymentEvent;
import io.camunda.client.api.search.response.UserTask;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import jp.juchu.support.ApiClient;
import jp.juchu.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Wire-level behaviours the client relies on (camunda-api.md §9), error codes, forms and concurrency. */
@IntegrationTest
class EngineContractIT {

    @Autowired
    CamundaClient client;

    @LocalServerPort
    int port;

    EngineTestSupport engine;

    @BeforeEach
    void setUp() {
        engine = new EngineTestSupport(client);
    }

    private String formJson(String formId) {
        return "{\"id\":\"" + formId + "\",\"type\":\"default\",\"schemaVersion\":18,\"components\":"
                + "[{\"id\":\"f1\",\"type\":\"checkbox\",\"key\":\"approved\",\"label\":\"承認\"}]}";
    }

    @Test
    void keysAreStringsAndCommandsAnswer204() {
        String processId = unique("wire");
        engine.deploy(Bpmn.createExecutableProcess(processId).startEvent().userTask("u", u -> u.zeebeUserTask())
                .endEvent().done(), processId + ".bpmn");
        ApiClient admin = ApiClient.admin(port);

        ApiClient.Response created = admin.post("/v2/process-instances",
                Map.of("processDefinitionId", processId, "processDefinitionVersion", -1, "variables", Map.of()));
        assertThat(created.status()).isEqualTo(200);
        JsonNode body = created.json();
        assertThat(body.path("processInstanceKey").isTextual()).isTrue();
        assertThat(body.path("processDefinitionKey").isTextual()).isTrue();

        String instanceKey = body.path("processInstanceKey").asText();
        JsonNode tasks = admin.post("/v2/user-tasks/search", Map.of("filter",
                Map.of("processInstanceKey", instanceKey, "state", Map.of("$eq", "CREATED", "$in", List.of())))).json();
        assertThat(tasks.path("items")).hasSize(1);
        String taskKey = tasks.path("items").get(0).path("userTaskKey").asText();
        assertThat(admin.post("/v2/user-tasks/" + taskKey + "/completion", Map.of()).status()).isEqualTo(204);
        assertThat(admin.post("/v2/process-instances/search", Map.of("filter",
                Map.of("processInstanceKey", Map.of("$eq", instanceKey), "$or", List.of(), "tags", List.of()))).json()
                .path("items").get(0).path("state").asText()).isEqualTo("COMPLETED");
    }

    @Test
    void unknownKeysAnswer404AsProblemDetail() {
        ApiClient.Response response = ApiClient.admin(port).get("/v2/process-instances/1");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().path("status").asInt()).isEqualTo(404);
        assertThat(response.json().path("title").asText()).isEqualTo("NOT_FOUND");
    }

    @Test
    void anInvalidModelIsRefusedNamingTheElement() {
        String processId = unique("broken");
        String xml = Bpmn.convertToString(Bpmn.createExecutableProcess(processId).startEvent()
                .serviceTask("noType").endEvent().done());

        assertThatThrownBy(() -> client.newDeployResourceCommand()
                .addResourceBytes(xml.getBytes(StandardCharsets.UTF_8), processId + ".bpmn").send().join())
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.code()).isEqualTo(400);
                    assertThat(e.details().getDetail()).contains("noType");
                });
    }

    @Test
    void aUserTaskCarriesItsLinkedFormWhichTheFormEndpointReturns() {
        String formId = unique("approve-form");
        String processId = unique("formtask");
        DeploymentEvent deployment = client.newDeployResourceCommand()
                .addResourceBytes(formJson(formId).getBytes(StandardCharsets.UTF_8), formId + ".form")
                .addProcessModel(Bpmn.createExecutableProcess(processId).startEvent()
                        .userTask("approve", u -> u.zeebeUserTask().zeebeFormId(formId).zeebeDueDate("2026-12-24T10:00:00+09:00")
                                .zeebeTaskPriority("80"))
                        .endEvent().done(), processId + ".bpmn")
                .send().join();
        assertThat(deployment.getForm()).singleElement().satisfies(f -> assertThat(f.getFormId()).isEqualTo(formId));

        long instance = engine.start(processId, Map.of());
        UserTask task = engine.openUserTasks(instance).get(0);
        assertThat(task.getPriority()).isEqualTo(80);
        assertThat(task.getDueDate()).isNotNull();
        assertThat(task.getFormKey()).isEqualTo(deployment.getForm().get(0).getFormKey());

        var form = client.newUserTaskGetFormRequest(task.getUserTaskKey()).send().join();
        assertThat(form.getFormId()).isEqualTo(formId);
        assertThat(String.valueOf(form.getSchema())).contains("approved");
    }

    @Test
    void assignAndUnassignAUserTask() {
        String processId = unique("assign");
        engine.deploy(Bpmn.createExecutableProcess(processId).startEvent().userTask("u", u -> u.zeebeUserTask())
                .endEvent().done(), processId + ".bpmn");
        long instance = engine.start(processId, Map.of());
        long task = engine.openUserTasks(instance).get(0).getUserTaskKey();

        client.newAssignUserTaskCommand(task).assignee("operator-1").send().join();
        assertThat(client.newUserTaskGetRequest(task).send().join().getAssignee()).isEqualTo("operator-1");
        client.newUnassignUserTaskCommand(task).send().join();
        assertThat(client.newUserTaskGetRequest(task).send().join().getAssignee()).isNull();
    }

    @org.junit.jupiter.api.RepeatedTest(3)
    void twoConcurrentCompletionsOfOneUserTaskLetExactlyOneSucceed() throws Exception {
        String processId = unique("race");
        engine.deploy(Bpmn.createExecutableProcess(processId).startEvent().userTask("u", u -> u.zeebeUserTask())
                .endEvent().done(), processId + ".bpmn");
        long instance = engine.start(processId, Map.of());
        long task = engine.openUserTasks(instance).get(0).getUserTaskKey();

        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(2);
        List<CompletableFuture<Boolean>> attempts = List.of(1, 2).stream().map(n -> CompletableFuture.supplyAsync(() -> {
            try {
                client.newCompleteUserTaskCommand(task).variables(Map.of("by", n)).send().join();
                return true;
            } catch (ProblemException | CompletionException e) {
                return false;
            }
        }, threads)).toList();
        threads.shutdown();

        long succeeded = attempts.stream().map(CompletableFuture::join).filter(ok -> ok).count();
        assertThat(succeeded).isEqualTo(1);
        assertThat(engine.state(instance)).isEqualTo("COMPLETED");
        assertThatThrownBy(() -> client.newCompleteUserTaskCommand(task).send().join())
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.code()).isEqualTo(404));
    }

    @Test
    void twoConcurrentPollersNeverGetTheSameJob() {
        String processId = unique("pollers");
        String type = unique("shared");
        engine.deploy(Bpmn.createExecutableProcess(processId).startEvent()
                .serviceTask("t", t -> t.zeebeJobType(type)).endEvent().done(), processId + ".bpmn");
        for (int i = 0; i < 10; i++) {
            engine.start(processId, Map.of());
        }

        List<CompletableFuture<List<Long>>> pollers = List.of(1, 2, 3).stream().map(n -> CompletableFuture.supplyAsync(() ->
                engine.activate(type, 10, java.time.Duration.ofSeconds(1)).stream().map(j -> j.getKey()).toList()))
                .toList();
        List<Long> all = pollers.stream().flatMap(p -> p.join().stream()).toList();

        assertThat(all).hasSize(10).doesNotHaveDuplicates();
    }

    @Test
    void processDefinitionXmlIsTheDeployedResource() {
        String processId = unique("xml");
        DeploymentEvent deployment = engine.deploy(Bpmn.createExecutableProcess(processId).startEvent().endEvent()
                .done(), processId + ".bpmn");

        String xml = client.newProcessDefinitionGetXmlRequest(deployment.getProcesses().get(0).getProcessDefinitionKey())
                .send().join();

        assertThat(xml).contains(processId);
    }

    @Test
    void awaitCompletionReturnsTheResultVariables() {
        String processId = unique("await");
        engine.deploy(Bpmn.createExecutableProcess(processId).startEvent()
                .scriptTask("s", s -> s.zeebeExpression("x + 1").zeebeResultVariable("y")).endEvent().done(),
                processId + ".bpmn");

        var result = client.newCreateInstanceCommand().bpmnProcessId(processId).latestVersion()
                .variables(Map.of("x", 41)).withResult().send().join();

        assertThat(result.getVariablesAsMap()).containsEntry("y", 42);
    }
}
