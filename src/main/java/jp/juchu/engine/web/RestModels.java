package jp.juchu.engine.web;

import io.camunda.client.protocol.rest.ElementInstanceResult;
import io.camunda.client.protocol.rest.ElementInstanceStateEnum;
import io.camunda.client.protocol.rest.IncidentResult;
import io.camunda.client.protocol.rest.JobSearchResult;
import io.camunda.client.protocol.rest.JobStateEnum;
import io.camunda.client.protocol.rest.JobKindEnum;
import io.camunda.client.protocol.rest.JobListenerEventTypeEnum;
import io.camunda.client.protocol.rest.ProcessDefinitionResult;
import io.camunda.client.protocol.rest.ProcessInstanceResult;
import io.camunda.client.protocol.rest.ProcessInstanceStateEnum;
import io.camunda.client.protocol.rest.SearchQueryPageResponse;
import io.camunda.client.protocol.rest.UserTaskResult;
import io.camunda.client.protocol.rest.UserTaskStateEnum;
import io.camunda.client.protocol.rest.VariableSearchResult;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import jp.juchu.engine.runtime.EngineJson;
import jp.juchu.engine.runtime.Rows;
import jp.juchu.engine.runtime.SearchRequest;

/** Engine rows as the client's generated REST models (keys as strings, dates as ISO-8601 with offset). */
final class RestModels {

    static final String TENANT = "<default>";
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX");

    private RestModels() {
    }

    static String key(Long key) {
        return key == null ? null : Long.toString(key);
    }

    static String date(Long millis) {
        return millis == null ? null : ISO.format(Instant.ofEpochMilli(millis).atOffset(ZoneOffset.UTC));
    }

    static SearchQueryPageResponse page(SearchRequest.Page<?> page, JsonPage request) {
        int end = request.from() + page.items().size();
        return new SearchQueryPageResponse().totalItems(page.total()).hasMoreTotalItems(false)
                .startCursor(page.items().isEmpty() ? null : Integer.toString(request.from()))
                .endCursor(page.items().isEmpty() ? null : Integer.toString(end));
    }

    record JsonPage(int from) {

        static JsonPage of(com.fasterxml.jackson.databind.JsonNode body) {
            if (body == null) {
                return new JsonPage(0);
            }
            com.fasterxml.jackson.databind.JsonNode page = body.path("page");
            if (page.path("from").canConvertToInt()) {
                return new JsonPage(page.path("from").asInt());
            }
            if (page.path("after").isTextual()) {
                try {
                    return new JsonPage(Integer.parseInt(page.path("after").asText()));
                } catch (NumberFormatException e) {
                    return new JsonPage(0);
                }
            }
            return new JsonPage(0);
        }
    }

    static ProcessInstanceResult instance(Rows.ProcessInstance row, String processName) {
        return new ProcessInstanceResult()
                .processInstanceKey(key(row.key()))
                .processDefinitionKey(key(row.definitionKey()))
                .processDefinitionId(row.bpmnProcessId())
                .processDefinitionName(processName)
                .processDefinitionVersion(row.version())
                .state(ProcessInstanceStateEnum.fromValue(row.state()))
                .hasIncident(row.hasIncident())
                .startDate(date(row.startTime()))
                .endDate(date(row.endTime()))
                .parentProcessInstanceKey(key(row.parentInstanceKey()))
                .parentElementInstanceKey(key(row.parentElementInstanceKey()))
                .tenantId(TENANT);
    }

    static ElementInstanceResult element(Rows.ElementInstance row) {
        return new ElementInstanceResult()
                .elementInstanceKey(key(row.key()))
                .processInstanceKey(key(row.instanceKey()))
                .processDefinitionKey(key(row.definitionKey()))
                .processDefinitionId(row.bpmnProcessId())
                .elementId(row.elementId())
                .elementName(row.elementName() == null ? row.elementId() : row.elementName())
                .type(ElementInstanceResult.TypeEnum.fromValue(row.elementType()))
                .state(ElementInstanceStateEnum.fromValue(row.state()))
                .hasIncident(row.incidentKey() != null)
                .incidentKey(key(row.incidentKey()))
                .startDate(date(row.startTime()))
                .endDate(date(row.endTime()))
                .tenantId(TENANT);
    }

    static VariableSearchResult variable(Rows.Variable row) {
        return new VariableSearchResult()
                .variableKey(key(row.key()))
                .name(row.name())
                .value(row.value())
                .isTruncated(false)
                .scopeKey(key(row.scopeKey()))
                .processInstanceKey(key(row.instanceKey()))
                .tenantId(TENANT);
    }

    static IncidentResult incident(Rows.Incident row) {
        return new IncidentResult()
                .incidentKey(key(row.key()))
                .errorType(IncidentResult.ErrorTypeEnum.fromValue(row.errorType()))
                .errorMessage(row.errorMessage())
                .elementId(row.elementId())
                .elementInstanceKey(key(row.elementInstanceKey()))
                .jobKey(key(row.jobKey()))
                .processInstanceKey(key(row.instanceKey()))
                .processDefinitionKey(key(row.definitionKey()))
                .processDefinitionId(row.bpmnProcessId())
                .creationTime(date(row.createdAt()))
                .state(IncidentResult.StateEnum.fromValue(row.state()))
                .tenantId(TENANT);
    }

    static JobSearchResult job(Rows.Job row) {
        Map<String, String> headers = new LinkedHashMap<>();
        EngineJson.readMap(row.customHeaders()).forEach((k, v) -> headers.put(k, String.valueOf(v)));
        return new JobSearchResult()
                .jobKey(key(row.key()))
                .type(row.type())
                .state(jobState(row.state()))
                .kind(JobKindEnum.BPMN_ELEMENT)
                .listenerEventType(JobListenerEventTypeEnum.UNSPECIFIED)
                .retries(row.retries())
                .worker(row.worker())
                .deadline(date(row.deadline()))
                .errorCode(row.errorCode())
                .errorMessage(row.errorMessage())
                .hasFailedWithRetriesLeft(row.errorMessage() != null && row.retries() > 0)
                .customHeaders(headers)
                .elementId(row.elementId())
                .elementInstanceKey(key(row.elementInstanceKey()))
                .processInstanceKey(key(row.instanceKey()))
                .processDefinitionKey(key(row.definitionKey()))
                .processDefinitionId(row.bpmnProcessId())
                .tenantId(TENANT);
    }

    private static JobStateEnum jobState(String state) {
        return switch (state) {
            case "ACTIVATABLE", "ACTIVATED" -> JobStateEnum.CREATED;
            default -> JobStateEnum.fromValue(state);
        };
    }

    static UserTaskResult userTask(Rows.UserTask row) {
        Map<String, String> headers = new LinkedHashMap<>();
        EngineJson.readMap(row.customHeaders()).forEach((k, v) -> headers.put(k, String.valueOf(v)));
        return new UserTaskResult()
                .userTaskKey(key(row.key()))
                .name(row.name() == null ? row.elementId() : row.name())
                .state(UserTaskStateEnum.fromValue(row.state()))
                .assignee(row.assignee())
                .elementId(row.elementId())
                .elementInstanceKey(key(row.elementInstanceKey()))
                .candidateGroups(EngineJson.readList(row.candidateGroups()))
                .candidateUsers(EngineJson.readList(row.candidateUsers()))
                .processDefinitionId(row.bpmnProcessId())
                .processDefinitionKey(key(row.definitionKey()))
                .processDefinitionVersion(row.version())
                .processInstanceKey(key(row.instanceKey()))
                .formKey(key(row.formKey()))
                .externalFormReference(row.externalFormReference())
                .creationDate(date(row.createdAt()))
                .completionDate(date(row.completedAt()))
                .dueDate(row.dueDate())
                .followUpDate(row.followUpDate())
                .priority(row.priority())
                .customHeaders(headers)
                .tenantId(TENANT);
    }

    static ProcessDefinitionResult definition(Rows.Definition row) {
        return new ProcessDefinitionResult()
                .processDefinitionKey(key(row.key()))
                .processDefinitionId(row.bpmnProcessId())
                .name(row.name())
                .version(row.version())
                .resourceName(row.resourceName())
                .hasStartForm(false)
                .tenantId(TENANT);
    }
}
