package jp.juchu.engine.model;

/** The BPMN element kinds the engine executes. Anything else is refused at deployment. */
public enum ElementKind {
    START_EVENT,
    END_EVENT,
    INTERMEDIATE_CATCH_EVENT,
    /** Only the none intermediate throw event: a pass-through. */
    INTERMEDIATE_THROW_EVENT,
    BOUNDARY_EVENT,
    SERVICE_TASK,
    SEND_TASK,
    USER_TASK,
    RECEIVE_TASK,
    SCRIPT_TASK,
    EXCLUSIVE_GATEWAY,
    PARALLEL_GATEWAY,
    EVENT_BASED_GATEWAY,
    SUB_PROCESS,
    EVENT_SUB_PROCESS,
    CALL_ACTIVITY;

    /** Tasks, sub-processes and call activities: they can carry boundary events and io mappings. */
    public boolean isActivity() {
        return switch (this) {
            case SERVICE_TASK, SEND_TASK, USER_TASK, RECEIVE_TASK, SCRIPT_TASK,
                 SUB_PROCESS, EVENT_SUB_PROCESS, CALL_ACTIVITY -> true;
            default -> false;
        };
    }

    /** Service and send tasks: completed by a job worker ({@link ElementModel#job()} is set). */
    public boolean isJobWorkerTask() {
        return this == SERVICE_TASK || this == SEND_TASK;
    }

    public boolean isGateway() {
        return this == EXCLUSIVE_GATEWAY || this == PARALLEL_GATEWAY || this == EVENT_BASED_GATEWAY;
    }

    public boolean isEvent() {
        return this == START_EVENT || this == END_EVENT || this == INTERMEDIATE_CATCH_EVENT
                || this == INTERMEDIATE_THROW_EVENT || this == BOUNDARY_EVENT;
    }

    /** Elements that contain other elements (a flow scope). The process itself is a scope too. */
    public boolean isScope() {
        return this == SUB_PROCESS || this == EVENT_SUB_PROCESS;
    }
}
