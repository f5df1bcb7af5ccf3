package jp.juchu.engine.runtime;

/** Plain rows of the engine tables. Times are epoch milliseconds. */
public final class Rows {

    private Rows() {
    }

    public record Definition(long key, long deploymentKey, String bpmnProcessId, String name, int version,
            String checksum, String resourceName, String xml) {
    }

    public record Form(long key, String formId, int version, String checksum, String resourceName, String json) {
    }

    public record ProcessInstance(long key, long definitionKey, String bpmnProcessId, int version, String state,
            long startTime, Long endTime, Long parentInstanceKey, Long parentElementInstanceKey, long rootInstanceKey, boolean hasIncident) {

        public boolean active() {
            return "ACTIVE".equals(state);
        }
    }

    public record ElementInstance(long key, long instanceKey, Long flowScopeKey, long definitionKey,
            String bpmnProcessId, String elementId, String elementName, String elementType, String incomingFlow,
            String state, long startTime, Long endTime, Long incidentKey) {

        public boolean active() {
            return "ACTIVE".equals(state);
        }
    }

    public record Job(long key, String type, String state, int retries, Long deadline, String worker,
            long backoffUntil, long elementInstanceKey, long instanceKey, String elementId, long definitionKey,
            String bpmnProcessId, int version, String customHeaders, String errorCode, String errorMessage) {
    }

    public record Subscription(long key, String messageName, String correlationKey, long instanceKey,
            long elementInstanceKey, String elementId) {
    }

    public record Message(long key, String name, String correlationKey, String messageId, String variables,
            long expiresAt) {
    }

    public record Timer(long key, long dueAt, Long instanceKey, Long elementInstanceKey, long definitionKey,
            String elementId, int repetitions, String cycleInterval) {
    }

    public record UserTask(long key, long elementInstanceKey, long instanceKey, long definitionKey,
            String bpmnProcessId, int version, String elementId, String name, String state, String assignee,
            String candidateGroups, String candidateUsers, String dueDate, String followUpDate, int priority,
            Long formKey, String externalFormReference, String customHeaders, long createdAt, Long completedAt) {
    }

    public record Variable(long key, long scopeKey, long instanceKey, String name, String value) {

        static Variable map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
            return new Variable(rs.getLong("variable_key"), rs.getLong("scope_key"), rs.getLong("instance_key"),
                    rs.getString("var_name"), rs.getString("var_value"));
        }
    }

    public record Incident(long key, String errorType, String errorMessage, long elementInstanceKey,
            String elementId, long instanceKey, long definitionKey, String bpmnProcessId, Long jobKey, String state,
            long createdAt, String retryAction) {
    }
}
