package jp.juchu.engine.runtime;

import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What the engine tells operators in the log: deployments and incidents, each with its keys as MDC fields
 * ({@code processInstanceKey}, {@code elementId}, {@code incidentKey}, …) so that structured (JSON) logs carry them
 * as fields to search by. Written after the command commits: a command that rolls back leaves no line.
 */
final class EngineLog {

    private static final Logger log = LoggerFactory.getLogger("jp.juchu.engine");

    private EngineLog() {
    }

    static void deployed(String bpmnProcessId, int version, long definitionKey) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("bpmnProcessId", bpmnProcessId);
        fields.put("processDefinitionVersion", version);
        fields.put("processDefinitionKey", definitionKey);
        afterCommit(fields, () -> log.info("Deployed process {} version {} (key {})", bpmnProcessId, version, definitionKey));
    }

    static void incidentRaised(Rows.Incident incident) {
        afterCommit(fieldsOf(incident), () -> log.warn("Incident {} ({}) at {} of instance {}: {}", incident.key(),
                incident.errorType(), incident.elementId(), incident.instanceKey(), incident.errorMessage()));
    }

    static void incidentResolved(Rows.Incident incident) {
        afterCommit(fieldsOf(incident), () -> log.info("Incident {} ({}) at {} of instance {} resolved", incident.key(),
                incident.errorType(), incident.elementId(), incident.instanceKey()));
    }

    private static Map<String, Object> fieldsOf(Rows.Incident incident) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("incidentKey", incident.key());
        fields.put("errorType", incident.errorType());
        fields.put("processInstanceKey", incident.instanceKey());
        fields.put("bpmnProcessId", incident.bpmnProcessId());
        fields.put("elementId", incident.elementId());
        fields.put("elementInstanceKey", incident.elementInstanceKey());
        if (incident.jobKey() != null) {
            fields.put("jobKey", incident.jobKey());
        }
        return fields;
    }

    private static void afterCommit(Map<String, Object> fields, Runnable line) {
        Runnable withFields = () -> {
            fields.forEach((key, value) -> MDC.put(key, String.valueOf(value)));
            try {
                line.run();
            } finally {
                fields.keySet().forEach(MDC::remove);
            }
        };
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    withFields.run();
                }
            });
        } else {
            withFields.run();
        }
    }
}
