package jp.juchu.engine.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import jp.juchu.engine.ConditionalOnEmbeddedEngine;
import jp.juchu.engine.runtime.SearchRequest.Kind;
import jp.juchu.engine.runtime.SearchRequest.Page;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** The search endpoints' queries: the filter fields the Camunda client sends, mapped to indexed columns. */
@Component
@ConditionalOnEmbeddedEngine
public class Queries {

    private final NamedParameterJdbcTemplate jdbc;
    private final InstanceStore instances;

    Queries(EngineDatabase database, InstanceStore instances) {
        this.jdbc = database.namedJdbc();
        this.instances = instances;
    }

    public Page<Rows.ProcessInstance> processInstances(JsonNode body) {
        return new SearchRequest("engine_process_instance", "instance_key")
                .field("processInstanceKey", "instance_key", Kind.KEY)
                .field("processDefinitionKey", "definition_key", Kind.KEY)
                .field("processDefinitionId", "bpmn_process_id", Kind.TEXT)
                .field("processDefinitionVersion", "version", Kind.INT)
                .field("state", "state", Kind.TEXT)
                .field("startDate", "start_time", Kind.DATE)
                .field("endDate", "end_time", Kind.DATE)
                .field("parentProcessInstanceKey", "parent_instance_key", Kind.KEY)
                .field("parentElementInstanceKey", "parent_element_instance_key", Kind.KEY)
                .field("hasIncident", "has_incident", Kind.BOOL)
                .run(jdbc, body, InstanceStore::mapInstance);
    }

    public Page<Rows.ElementInstance> elementInstances(JsonNode body) {
        return new SearchRequest("engine_element_instance", "element_instance_key")
                .field("elementInstanceKey", "element_instance_key", Kind.KEY)
                .field("processInstanceKey", "instance_key", Kind.KEY)
                .field("processDefinitionKey", "definition_key", Kind.KEY)
                .field("processDefinitionId", "bpmn_process_id", Kind.TEXT)
                .field("elementId", "element_id", Kind.TEXT)
                .field("elementName", "element_name", Kind.TEXT)
                .field("type", "element_type", Kind.TEXT)
                .field("state", "state", Kind.TEXT)
                .field("incidentKey", "incident_key", Kind.KEY)
                .field("startDate", "start_time", Kind.DATE)
                .field("endDate", "end_time", Kind.DATE)
                .run(jdbc, body, InstanceStore::mapElement);
    }

    /**
     * A user task's variables as Camunda documents them: every variable visible from the task's scope, parent
     * scopes included, one result per scope (a name set in several scopes comes once per scope).
     */
    public Page<Rows.Variable> userTaskVariables(JsonNode body, long elementInstanceKey) {
        return variableSearch().require("scope_key IN (:visibleScopes)", "visibleScopes",
                instances.scopeChain(elementInstanceKey)).run(jdbc, body, Rows.Variable::map);
    }

    public Page<Rows.Variable> variables(JsonNode body, Long scopeKey) {
        SearchRequest request = variableSearch();
        if (scopeKey != null) {
            request.require("scope_key = :fixedScope", "fixedScope", scopeKey);
        }
        return request.run(jdbc, body, Rows.Variable::map);
    }

    private static SearchRequest variableSearch() {
        return new SearchRequest("engine_variable", "variable_key")
                .field("variableKey", "variable_key", Kind.KEY)
                .field("name", "var_name", Kind.TEXT)
                .field("value", "var_value", Kind.TEXT)
                .field("scopeKey", "scope_key", Kind.KEY)
                .field("processInstanceKey", "instance_key", Kind.KEY);
    }

    public Page<Rows.Job> jobs(JsonNode body) {
        return new SearchRequest("engine_job", "job_key")
                .field("jobKey", "job_key", Kind.KEY)
                .field("type", "job_type", Kind.TEXT)
                .field("worker", "worker", Kind.TEXT)
                .field("processInstanceKey", "instance_key", Kind.KEY)
                .field("processDefinitionKey", "definition_key", Kind.KEY)
                .field("processDefinitionId", "bpmn_process_id", Kind.TEXT)
                .field("elementInstanceKey", "element_instance_key", Kind.KEY)
                .field("elementId", "element_id", Kind.TEXT)
                .field("retries", "retries", Kind.INT)
                .run(jdbc, body, WorkStore::mapJob);
    }

    public Page<Rows.UserTask> userTasks(JsonNode body) {
        return new SearchRequest("engine_user_task", "user_task_key")
                .field("userTaskKey", "user_task_key", Kind.KEY)
                .field("state", "state", Kind.TEXT)
                .field("assignee", "assignee", Kind.TEXT)
                .field("priority", "priority", Kind.INT)
                .field("elementId", "element_id", Kind.TEXT)
                .field("name", "task_name", Kind.TEXT)
                .field("processInstanceKey", "instance_key", Kind.KEY)
                .field("processDefinitionKey", "definition_key", Kind.KEY)
                .field("bpmnProcessId", "bpmn_process_id", Kind.TEXT)
                .field("processDefinitionId", "bpmn_process_id", Kind.TEXT)
                .field("elementInstanceKey", "element_instance_key", Kind.KEY)
                .field("formKey", "form_key", Kind.KEY)
                .field("creationDate", "created_at", Kind.DATE)
                .field("completionDate", "completed_at", Kind.DATE)
                .run(jdbc, body, WorkStore::mapUserTask);
    }

    public Page<Rows.Incident> incidents(JsonNode body, Long instanceKey, Long elementInstanceKey) {
        SearchRequest request = new SearchRequest("engine_incident", "incident_key")
                .field("incidentKey", "incident_key", Kind.KEY)
                .field("errorType", "error_type", Kind.TEXT)
                .field("errorMessage", "error_message", Kind.TEXT)
                .field("elementId", "element_id", Kind.TEXT)
                .field("elementInstanceKey", "element_instance_key", Kind.KEY)
                .field("processInstanceKey", "instance_key", Kind.KEY)
                .field("processDefinitionKey", "definition_key", Kind.KEY)
                .field("processDefinitionId", "bpmn_process_id", Kind.TEXT)
                .field("jobKey", "job_key", Kind.KEY)
                .field("state", "state", Kind.TEXT)
                .field("creationTime", "created_at", Kind.DATE);
        if (instanceKey != null) {
            request.require("instance_key = :fixedInstance", "fixedInstance", instanceKey);
        }
        if (elementInstanceKey != null) {
            request.require("element_instance_key = :fixedElement", "fixedElement", elementInstanceKey);
        }
        return request.run(jdbc, body, WorkStore::mapIncident);
    }

    public Page<Rows.Definition> processDefinitions(JsonNode body) {
        return new SearchRequest("engine_process_definition", "definition_key")
                .field("processDefinitionKey", "definition_key", Kind.KEY)
                .field("processDefinitionId", "bpmn_process_id", Kind.TEXT)
                .field("name", "process_name", Kind.TEXT)
                .field("version", "version", Kind.INT)
                .field("resourceName", "resource_name", Kind.TEXT)
                .run(jdbc, body, Definitions::mapDefinition);
    }
}
