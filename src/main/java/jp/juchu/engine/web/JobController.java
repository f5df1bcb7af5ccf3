package jp.juchu.engine.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.camunda.client.protocol.rest.ActivatedJobResult;
import io.camunda.client.protocol.rest.JobActivationResult;
import io.camunda.client.protocol.rest.JobKindEnum;
import io.camunda.client.protocol.rest.JobListenerEventTypeEnum;
import io.camunda.client.protocol.rest.JobSearchQueryResult;
import java.util.List;
import jp.juchu.engine.ConditionalOnEmbeddedEngine;
import jp.juchu.engine.runtime.EngineCommands;
import jp.juchu.engine.runtime.EngineException;
import jp.juchu.engine.runtime.EngineJson;
import jp.juchu.engine.runtime.JobActivator;
import jp.juchu.engine.runtime.Queries;
import jp.juchu.engine.runtime.Rows;
import jp.juchu.engine.runtime.SearchRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.async.DeferredResult;

/** Jobs: long-polling activation, complete, fail, throw error, update, search. */
@RestController
@RequestMapping("/v2/jobs")
@ConditionalOnEmbeddedEngine
class JobController {

    static final long DEFAULT_REQUEST_TIMEOUT_MILLIS = 10_000;
    static final long DEFAULT_JOB_TIMEOUT_MILLIS = 300_000;

    private final JobActivator activator;
    private final JobLongPolling longPolling;
    private final EngineCommands commands;
    private final Queries queries;

    JobController(JobActivator activator, JobLongPolling longPolling, EngineCommands commands, Queries queries) {
        this.activator = activator;
        this.longPolling = longPolling;
        this.commands = commands;
        this.queries = queries;
    }

    @PostMapping("/activation")
    DeferredResult<JobActivationResult> activate(@RequestBody JsonNode body) {
        String type = Bodies.text(body, "type");
        if (type == null || type.isBlank()) {
            throw EngineException.invalid("No type provided");
        }
        Integer max = Bodies.integer(body, "maxJobsToActivate");
        if (max == null || max < 1) {
            throw EngineException.invalid("The value for maxJobsToActivate is '" + max + "' but must be greater than 0");
        }
        Long timeout = Bodies.number(body, "timeout");
        long jobTimeout = timeout == null || timeout <= 0 ? DEFAULT_JOB_TIMEOUT_MILLIS : timeout;
        String worker = Bodies.text(body, "worker") == null ? "default" : Bodies.text(body, "worker");
        List<String> fetch = Bodies.strings(body, "fetchVariable");
        Long requestTimeout = Bodies.number(body, "requestTimeout");
        long wait = requestTimeout == null || requestTimeout == 0 ? DEFAULT_REQUEST_TIMEOUT_MILLIS : requestTimeout;

        List<JobActivator.Activated> immediate = activator.activate(type, worker, jobTimeout, max, fetch);
        if (!immediate.isEmpty() || wait < 0) {
            DeferredResult<JobActivationResult> done = new DeferredResult<>();
            done.setResult(render(immediate));
            return done;
        }
        return longPolling.hold(type, wait, ignored -> activator.activate(type, worker, jobTimeout, max, fetch),
                JobController::render);
    }

    private static JobActivationResult render(List<JobActivator.Activated> jobs) {
        return new JobActivationResult().jobs(jobs.stream().map(JobController::activated).toList());
    }

    private static ActivatedJobResult activated(JobActivator.Activated activated) {
        Rows.Job job = activated.job();
        return new ActivatedJobResult()
                .jobKey(RestModels.key(job.key()))
                .type(job.type())
                .processInstanceKey(RestModels.key(job.instanceKey()))
                .processDefinitionKey(RestModels.key(job.definitionKey()))
                .processDefinitionId(job.bpmnProcessId())
                .processDefinitionVersion(job.version())
                .elementId(job.elementId())
                .elementInstanceKey(RestModels.key(job.elementInstanceKey()))
                .customHeaders(EngineJson.readMap(job.customHeaders()))
                .worker(activated.worker())
                .retries(job.retries())
                .deadline(activated.deadline())
                .variables(activated.variables())
                .tenantId(RestModels.TENANT)
                .kind(JobKindEnum.BPMN_ELEMENT)
                .listenerEventType(JobListenerEventTypeEnum.UNSPECIFIED);
    }

    @PostMapping("/{key}/completion")
    ResponseEntity<Void> complete(@PathVariable String key, @RequestBody(required = false) JsonNode body) {
        commands.completeJob(Bodies.key(key, "jobKey"), Bodies.variables(body, "variables"));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{key}/failure")
    ResponseEntity<Void> fail(@PathVariable String key, @RequestBody(required = false) JsonNode body) {
        Integer retries = Bodies.integer(body, "retries");
        Long backOff = Bodies.number(body, "retryBackOff");
        commands.failJob(Bodies.key(key, "jobKey"), retries == null ? 0 : retries, backOff == null ? 0 : backOff,
                Bodies.text(body, "errorMessage"), Bodies.variables(body, "variables"));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{key}/error")
    ResponseEntity<Void> error(@PathVariable String key, @RequestBody JsonNode body) {
        commands.throwError(Bodies.key(key, "jobKey"), Bodies.text(body, "errorCode"), Bodies.text(body, "errorMessage"),
                Bodies.variables(body, "variables"));
        return ResponseEntity.noContent().build();
    }

    @PatchMapping("/{key}")
    ResponseEntity<Void> update(@PathVariable String key, @RequestBody JsonNode body) {
        JsonNode changeset = body.path("changeset");
        if (!changeset.isObject() || (changeset.path("retries").isMissingNode() && changeset.path("timeout").isMissingNode())) {
            throw EngineException.invalid("No update data provided. Provide at least an \"retries\" or \"timeout\" property");
        }
        commands.updateJob(Bodies.key(key, "jobKey"), Bodies.integer(changeset, "retries"),
                Bodies.number(changeset, "timeout"));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/search")
    JobSearchQueryResult search(@RequestBody(required = false) JsonNode body) {
        SearchRequest.Page<Rows.Job> page = queries.jobs(body);
        return new JobSearchQueryResult().items(page.items().stream().map(RestModels::job).toList())
                .page(RestModels.page(page, RestModels.JsonPage.of(body)));
    }
}
