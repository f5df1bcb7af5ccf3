package jp.juchu.engine.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.camunda.client.protocol.rest.ElementInstanceResult;
import io.camunda.client.protocol.rest.ElementInstanceSearchQueryResult;
import io.camunda.client.protocol.rest.IncidentResult;
import io.camunda.client.protocol.rest.IncidentSearchQueryResult;
import io.camunda.client.protocol.rest.VariableResult;
import io.camunda.client.protocol.rest.VariableSearchQueryResult;
import jp.juchu.engine.ConditionalOnEmbeddedEngine;
import jp.juchu.engine.runtime.EngineCommands;
import jp.juchu.engine.runtime.EngineException;
import jp.juchu.engine.runtime.InstanceStore;
import jp.juchu.engine.runtime.Queries;
import jp.juchu.engine.runtime.Rows;
import jp.juchu.engine.runtime.SearchRequest;
import jp.juchu.engine.runtime.WorkStore;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Element instances (the timeline), variables and incidents. */
@RestController
@RequestMapping("/v2")
@ConditionalOnEmbeddedEngine
class QueryController {

    private final Queries queries;
    private final InstanceStore instances;
    private final WorkStore work;
    private final EngineCommands commands;

    QueryController(Queries queries, InstanceStore instances, WorkStore work, EngineCommands commands) {
        this.queries = queries;
        this.instances = instances;
        this.work = work;
        this.commands = commands;
    }

    @PostMapping("/element-instances/search")
    ElementInstanceSearchQueryResult elementInstances(@RequestBody(required = false) JsonNode body) {
        SearchRequest.Page<Rows.ElementInstance> page = queries.elementInstances(body);
        return new ElementInstanceSearchQueryResult().items(page.items().stream().map(RestModels::element).toList())
                .page(RestModels.page(page, RestModels.JsonPage.of(body)));
    }

    @GetMapping("/element-instances/{key}")
    ElementInstanceResult elementInstance(@PathVariable String key) {
        long elementKey = Bodies.key(key, "elementInstanceKey");
        return instances.element(elementKey).map(RestModels::element)
                .orElseThrow(() -> EngineException.notFound("Element instance with key '" + elementKey + "' not found"));
    }

    @PutMapping("/element-instances/{key}/variables")
    ResponseEntity<Void> setVariables(@PathVariable String key, @RequestBody JsonNode body) {
        commands.setVariables(Bodies.key(key, "elementInstanceKey"), Bodies.variables(body, "variables"),
                body.path("local").asBoolean(false));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/variables/search")
    VariableSearchQueryResult variables(@RequestBody(required = false) JsonNode body) {
        SearchRequest.Page<Rows.Variable> page = queries.variables(body, null);
        return new VariableSearchQueryResult().items(page.items().stream().map(RestModels::variable).toList())
                .page(RestModels.page(page, RestModels.JsonPage.of(body)));
    }

    @GetMapping("/variables/{key}")
    VariableResult variable(@PathVariable String key) {
        long variableKey = Bodies.key(key, "variableKey");
        JsonNode filter = jp.juchu.engine.runtime.EngineJson.MAPPER.createObjectNode()
                .set("filter", jp.juchu.engine.runtime.EngineJson.MAPPER.createObjectNode()
                        .put("variableKey", Long.toString(variableKey)));
        Rows.Variable row = queries.variables(filter, null).items().stream().findFirst()
                .orElseThrow(() -> EngineException.notFound("Variable with key '" + variableKey + "' not found"));
        return new VariableResult().variableKey(RestModels.key(row.key())).name(row.name()).value(row.value())
                .scopeKey(RestModels.key(row.scopeKey())).processInstanceKey(RestModels.key(row.instanceKey()))
                .tenantId(RestModels.TENANT);
    }

    @PostMapping("/incidents/search")
    IncidentSearchQueryResult incidents(@RequestBody(required = false) JsonNode body) {
        return incidentPage(body, null, null);
    }

    @PostMapping("/process-instances/{key}/incidents/search")
    IncidentSearchQueryResult instanceIncidents(@PathVariable String key, @RequestBody(required = false) JsonNode body) {
        return incidentPage(body, Bodies.key(key, "processInstanceKey"), null);
    }

    @PostMapping("/element-instances/{key}/incidents/search")
    IncidentSearchQueryResult elementIncidents(@PathVariable String key, @RequestBody(required = false) JsonNode body) {
        return incidentPage(body, null, Bodies.key(key, "elementInstanceKey"));
    }

    private IncidentSearchQueryResult incidentPage(JsonNode body, Long instanceKey, Long elementKey) {
        SearchRequest.Page<Rows.Incident> page = queries.incidents(body, instanceKey, elementKey);
        return new IncidentSearchQueryResult().items(page.items().stream().map(RestModels::incident).toList())
                .page(RestModels.page(page, RestModels.JsonPage.of(body)));
    }

    @GetMapping("/incidents/{key}")
    IncidentResult incident(@PathVariable String key) {
        long incidentKey = Bodies.key(key, "incidentKey");
        return work.incident(incidentKey).map(RestModels::incident)
                .orElseThrow(() -> EngineException.notFound("Incident with key '" + incidentKey + "' not found"));
    }

    @PostMapping("/incidents/{key}/resolution")
    ResponseEntity<Void> resolve(@PathVariable String key) {
        commands.resolveIncident(Bodies.key(key, "incidentKey"));
        return ResponseEntity.noContent().build();
    }
}
