package jp.juchu.engine.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.camunda.client.protocol.rest.CreateProcessInstanceResult;
import io.camunda.client.protocol.rest.ProcessDefinitionResult;
import io.camunda.client.protocol.rest.ProcessDefinitionSearchQueryResult;
import io.camunda.client.protocol.rest.ProcessInstanceResult;
import io.camunda.client.protocol.rest.ProcessInstanceSearchQueryResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.juchu.engine.ConditionalOnEmbeddedEngine;
import jp.juchu.engine.runtime.Definitions;
import jp.juchu.engine.runtime.EngineCommands;
import jp.juchu.engine.runtime.EngineException;
import jp.juchu.engine.runtime.InstanceStore;
import jp.juchu.engine.runtime.Queries;
import jp.juchu.engine.runtime.Rows;
import jp.juchu.engine.runtime.SearchRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Process instances (create, await, cancel, modify, search, get) and process definitions (get, search, XML). */
@RestController
@RequestMapping("/v2")
@ConditionalOnEmbeddedEngine
class ProcessInstanceController {

    private static final long DEFAULT_AWAIT_MILLIS = 10_000;

    private final EngineCommands commands;
    private final InstanceStore instances;
    private final Definitions definitions;
    private final Queries queries;

    ProcessInstanceController(EngineCommands commands, InstanceStore instances, Definitions definitions,
            Queries queries) {
        this.commands = commands;
        this.instances = instances;
        this.definitions = definitions;
        this.queries = queries;
    }

    @PostMapping("/process-instances")
    ResponseEntity<CreateProcessInstanceResult> create(@RequestBody JsonNode body) throws InterruptedException {
        Long definitionKey = Bodies.optionalKey(body, "processDefinitionKey");
        Rows.ProcessInstance created = commands.createInstance(Bodies.text(body, "processDefinitionId"),
                Bodies.integer(body, "processDefinitionVersion"), definitionKey, Bodies.variables(body, "variables"));
        CreateProcessInstanceResult result = new CreateProcessInstanceResult()
                .processDefinitionId(created.bpmnProcessId())
                .processDefinitionVersion(created.version())
                .processDefinitionKey(RestModels.key(created.definitionKey()))
                .processInstanceKey(RestModels.key(created.key()))
                .tenantId(RestModels.TENANT)
                .variables(Map.of());
        if (body.path("awaitCompletion").asBoolean(false)) {
            long timeout = body.path("requestTimeout").asLong(0) > 0 ? body.path("requestTimeout").asLong()
                    : DEFAULT_AWAIT_MILLIS;
            long until = System.currentTimeMillis() + timeout;
            Rows.ProcessInstance current = created;
            while (current.active()) {
                if (System.currentTimeMillis() >= until) {
                    throw new EngineException(504, "DEADLINE_EXCEEDED", "Expected to complete process instance with key '"
                            + created.key() + "' within " + timeout + " ms, but it did not complete");
                }
                Thread.sleep(20);
                current = instances.instance(created.key()).orElseThrow();
            }
            Map<String, Object> variables = instances.localVariables(created.key());
            List<String> fetch = Bodies.strings(body, "fetchVariables");
            if (fetch != null && !fetch.isEmpty()) {
                Map<String, Object> selected = new LinkedHashMap<>();
                fetch.stream().filter(variables::containsKey).forEach(name -> selected.put(name, variables.get(name)));
                result.variables(selected);
            } else {
                result.variables(variables);
            }
        }
        return ResponseEntity.ok(result);
    }

    @PostMapping("/process-instances/{key}/cancellation")
    ResponseEntity<Void> cancel(@PathVariable String key) {
        commands.cancel(Bodies.key(key, "processInstanceKey"));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/process-instances/{key}/modification")
    ResponseEntity<Void> modify(@PathVariable String key, @RequestBody JsonNode body) {
        List<EngineCommands.Activation> activations = new ArrayList<>();
        for (JsonNode instruction : body.path("activateInstructions")) {
            Map<String, Object> variables = new LinkedHashMap<>();
            for (JsonNode variableInstruction : instruction.path("variableInstructions")) {
                variables.putAll(Bodies.variables(variableInstruction, "variables"));
            }
            Long ancestor = Bodies.optionalKey(instruction, "ancestorElementInstanceKey");
            activations.add(new EngineCommands.Activation(instruction.path("elementId").asText(),
                    ancestor != null && ancestor > 0 ? ancestor : null, variables));
        }
        List<Long> terminations = new ArrayList<>();
        for (JsonNode instruction : body.path("terminateInstructions")) {
            terminations.add(Bodies.key(instruction.path("elementInstanceKey").asText(), "elementInstanceKey"));
        }
        commands.modify(Bodies.key(key, "processInstanceKey"), activations, terminations);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/process-instances/search")
    ProcessInstanceSearchQueryResult search(@RequestBody(required = false) JsonNode body) {
        SearchRequest.Page<Rows.ProcessInstance> page = queries.processInstances(body);
        return new ProcessInstanceSearchQueryResult()
                .items(page.items().stream().map(row -> RestModels.instance(row, processName(row))).toList())
                .page(RestModels.page(page, RestModels.JsonPage.of(body)));
    }

    @GetMapping("/process-instances/{key}")
    ProcessInstanceResult get(@PathVariable String key) {
        long instanceKey = Bodies.key(key, "processInstanceKey");
        Rows.ProcessInstance row = instances.instance(instanceKey).orElseThrow(() -> EngineException.notFound(
                "Process instance with key '" + instanceKey + "' not found"));
        return RestModels.instance(row, processName(row));
    }

    private String processName(Rows.ProcessInstance row) {
        return definitions.definition(row.definitionKey()).map(Rows.Definition::name).orElse(null);
    }

    /** Written directly: the client accepts JSON only, yet Camunda answers this one as text/xml. */
    @GetMapping("/process-definitions/{key}/xml")
    void xml(@PathVariable String key, jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
        byte[] xml = definition(key).xml().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        response.setStatus(200);
        response.setContentType(MediaType.TEXT_XML_VALUE + ";charset=UTF-8");
        response.setContentLength(xml.length);
        response.getOutputStream().write(xml);
    }

    @GetMapping("/process-definitions/{key}")
    ProcessDefinitionResult getDefinition(@PathVariable String key) {
        return RestModels.definition(definition(key));
    }

    @GetMapping("/process-definitions/{key}/form")
    ResponseEntity<Void> startForm(@PathVariable String key) {
        definition(key);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/process-definitions/search")
    ProcessDefinitionSearchQueryResult searchDefinitions(@RequestBody(required = false) JsonNode body) {
        SearchRequest.Page<Rows.Definition> page = queries.processDefinitions(body);
        return new ProcessDefinitionSearchQueryResult()
                .items(page.items().stream().map(RestModels::definition).toList())
                .page(RestModels.page(page, RestModels.JsonPage.of(body)));
    }

    private Rows.Definition definition(String key) {
        long definitionKey = Bodies.key(key, "processDefinitionKey");
        return definitions.definition(definitionKey).orElseThrow(() -> EngineException.notFound(
                "Process definition with key '" + definitionKey + "' not found"));
    }
}
