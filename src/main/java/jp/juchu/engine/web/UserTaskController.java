package jp.juchu.engine.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.camunda.client.protocol.rest.FormResult;
import io.camunda.client.protocol.rest.UserTaskResult;
import io.camunda.client.protocol.rest.UserTaskSearchQueryResult;
import io.camunda.client.protocol.rest.VariableSearchQueryResult;
import jp.juchu.engine.ConditionalOnEmbeddedEngine;
import jp.juchu.engine.runtime.Definitions;
import jp.juchu.engine.runtime.EngineCommands;
import jp.juchu.engine.runtime.EngineException;
import jp.juchu.engine.runtime.Queries;
import jp.juchu.engine.runtime.Rows;
import jp.juchu.engine.runtime.SearchRequest;
import jp.juchu.engine.runtime.WorkStore;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Native user tasks: search, get, linked form, assign/unassign, update, complete, variables. */
@RestController
@RequestMapping("/v2/user-tasks")
@ConditionalOnEmbeddedEngine
class UserTaskController {

    private final EngineCommands commands;
    private final WorkStore work;
    private final Definitions definitions;
    private final Queries queries;

    UserTaskController(EngineCommands commands, WorkStore work, Definitions definitions, Queries queries) {
        this.commands = commands;
        this.work = work;
        this.definitions = definitions;
        this.queries = queries;
    }

    @PostMapping("/search")
    UserTaskSearchQueryResult search(@RequestBody(required = false) JsonNode body) {
        SearchRequest.Page<Rows.UserTask> page = queries.userTasks(body);
        return new UserTaskSearchQueryResult().items(page.items().stream().map(RestModels::userTask).toList())
                .page(RestModels.page(page, RestModels.JsonPage.of(body)));
    }

    @GetMapping("/{key}")
    UserTaskResult get(@PathVariable String key) {
        return RestModels.userTask(task(key));
    }

    @GetMapping("/{key}/form")
    ResponseEntity<FormResult> form(@PathVariable String key) {
        Rows.UserTask task = task(key);
        if (task.formKey() == null) {
            return ResponseEntity.noContent().build();
        }
        return definitions.form(task.formKey())
                .map(form -> ResponseEntity.ok(new FormResult().formKey(RestModels.key(form.key()))
                        .formId(form.formId()).version((long) form.version()).schema(form.json())
                        .tenantId(RestModels.TENANT)))
                .orElseGet(() -> ResponseEntity.noContent().build());
    }

    @PostMapping("/{key}/completion")
    ResponseEntity<Void> complete(@PathVariable String key, @RequestBody(required = false) JsonNode body) {
        commands.completeUserTask(Bodies.key(key, "userTaskKey"), Bodies.variables(body, "variables"));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{key}/assignment")
    ResponseEntity<Void> assign(@PathVariable String key, @RequestBody JsonNode body) {
        String assignee = Bodies.text(body, "assignee");
        if (assignee == null || assignee.isBlank()) {
            throw EngineException.invalid("No assignee provided");
        }
        boolean allowOverride = !body.has("allowOverride") || body.path("allowOverride").asBoolean(true);
        commands.assignUserTask(Bodies.key(key, "userTaskKey"), assignee, allowOverride);
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/{key}/assignee")
    ResponseEntity<Void> unassign(@PathVariable String key) {
        commands.unassignUserTask(Bodies.key(key, "userTaskKey"));
        return ResponseEntity.noContent().build();
    }

    @PatchMapping("/{key}")
    ResponseEntity<Void> update(@PathVariable String key, @RequestBody(required = false) JsonNode body) {
        JsonNode changeset = body == null ? null : body.path("changeset");
        commands.updateUserTask(Bodies.key(key, "userTaskKey"), Bodies.strings(changeset, "candidateGroups"),
                Bodies.strings(changeset, "candidateUsers"), Bodies.text(changeset, "dueDate"),
                Bodies.text(changeset, "followUpDate"), Bodies.integer(changeset, "priority"));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{key}/variables/search")
    VariableSearchQueryResult variables(@PathVariable String key, @RequestBody(required = false) JsonNode body) {
        Rows.UserTask task = task(key);
        SearchRequest.Page<Rows.Variable> page = queries.userTaskVariables(body, task.elementInstanceKey());
        return new VariableSearchQueryResult().items(page.items().stream().map(RestModels::variable).toList())
                .page(RestModels.page(page, RestModels.JsonPage.of(body)));
    }

    private Rows.UserTask task(String key) {
        long taskKey = Bodies.key(key, "userTaskKey");
        return work.userTask(taskKey).orElseThrow(() -> EngineException.notFound(
                "User task with key '" + taskKey + "' not found"));
    }
}
