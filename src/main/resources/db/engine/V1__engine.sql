-- Embedded engine state (jp.juchu.engine), migrated by the engine's own Flyway (history: engine_schema_history).
-- Times are epoch milliseconds (BIGINT): the engine's clock can be pinned, and timers compare numbers.

CREATE TABLE engine_key (
    id INT NOT NULL PRIMARY KEY,
    next_key BIGINT NOT NULL
);
INSERT INTO engine_key (id, next_key) VALUES (1, 2251799813685249);

CREATE TABLE engine_deployment (
    deployment_key BIGINT NOT NULL PRIMARY KEY,
    created_at BIGINT NOT NULL
);

CREATE TABLE engine_process_definition (
    definition_key BIGINT NOT NULL PRIMARY KEY,
    deployment_key BIGINT NOT NULL,
    bpmn_process_id VARCHAR(255) NOT NULL,
    process_name VARCHAR(255),
    version INT NOT NULL,
    checksum VARCHAR(64) NOT NULL,
    resource_name VARCHAR(255) NOT NULL,
    bpmn_xml MEDIUMTEXT NOT NULL,
    CONSTRAINT uk_engine_pd_version UNIQUE (bpmn_process_id, version)
);

CREATE TABLE engine_form (
    form_key BIGINT NOT NULL PRIMARY KEY,
    deployment_key BIGINT NOT NULL,
    form_id VARCHAR(255) NOT NULL,
    version INT NOT NULL,
    checksum VARCHAR(64) NOT NULL,
    resource_name VARCHAR(255) NOT NULL,
    form_json MEDIUMTEXT NOT NULL,
    CONSTRAINT uk_engine_form_version UNIQUE (form_id, version)
);

CREATE TABLE engine_process_instance (
    instance_key BIGINT NOT NULL PRIMARY KEY,
    definition_key BIGINT NOT NULL,
    bpmn_process_id VARCHAR(255) NOT NULL,
    version INT NOT NULL,
    state VARCHAR(16) NOT NULL,
    start_time BIGINT NOT NULL,
    end_time BIGINT,
    parent_instance_key BIGINT,
    parent_element_instance_key BIGINT,
    root_instance_key BIGINT NOT NULL,
    has_incident BOOLEAN NOT NULL
);
CREATE INDEX ix_engine_pi_process ON engine_process_instance (bpmn_process_id, state);

CREATE TABLE engine_element_instance (
    element_instance_key BIGINT NOT NULL PRIMARY KEY,
    instance_key BIGINT NOT NULL,
    flow_scope_key BIGINT,
    definition_key BIGINT NOT NULL,
    bpmn_process_id VARCHAR(255) NOT NULL,
    element_id VARCHAR(255) NOT NULL,
    incoming_flow VARCHAR(255),
    element_name VARCHAR(255),
    element_type VARCHAR(48) NOT NULL,
    state VARCHAR(16) NOT NULL,
    start_time BIGINT NOT NULL,
    end_time BIGINT,
    incident_key BIGINT
);
CREATE INDEX ix_engine_ei_instance ON engine_element_instance (instance_key, state);

CREATE TABLE engine_variable (
    variable_key BIGINT NOT NULL PRIMARY KEY,
    scope_key BIGINT NOT NULL,
    instance_key BIGINT NOT NULL,
    var_name VARCHAR(255) NOT NULL,
    var_value MEDIUMTEXT NOT NULL,
    CONSTRAINT uk_engine_var_scope_name UNIQUE (scope_key, var_name)
);
CREATE INDEX ix_engine_var_instance ON engine_variable (instance_key);

CREATE TABLE engine_job (
    job_key BIGINT NOT NULL PRIMARY KEY,
    job_type VARCHAR(255) NOT NULL,
    state VARCHAR(16) NOT NULL,
    retries INT NOT NULL,
    deadline BIGINT,
    worker VARCHAR(255),
    backoff_until BIGINT NOT NULL,
    element_instance_key BIGINT NOT NULL,
    instance_key BIGINT NOT NULL,
    element_id VARCHAR(255) NOT NULL,
    definition_key BIGINT NOT NULL,
    bpmn_process_id VARCHAR(255) NOT NULL,
    version INT NOT NULL,
    custom_headers TEXT NOT NULL,
    error_code VARCHAR(255),
    error_message TEXT,
    created_at BIGINT NOT NULL
);
CREATE INDEX ix_engine_job_activatable ON engine_job (job_type, state, backoff_until);
CREATE INDEX ix_engine_job_deadline ON engine_job (state, deadline);
CREATE INDEX ix_engine_job_instance ON engine_job (instance_key);

CREATE TABLE engine_message (
    message_key BIGINT NOT NULL PRIMARY KEY,
    message_name VARCHAR(255) NOT NULL,
    correlation_key VARCHAR(255) NOT NULL,
    message_id VARCHAR(255),
    variables MEDIUMTEXT NOT NULL,
    expires_at BIGINT NOT NULL,
    CONSTRAINT uk_engine_msg_id UNIQUE (message_name, message_id)
);
CREATE INDEX ix_engine_msg_name_key ON engine_message (message_name, correlation_key);

CREATE TABLE engine_message_correlated (
    message_key BIGINT NOT NULL,
    bpmn_process_id VARCHAR(255) NOT NULL,
    instance_key BIGINT NOT NULL,
    CONSTRAINT pk_engine_msg_correlated PRIMARY KEY (message_key, bpmn_process_id)
);

CREATE TABLE engine_message_subscription (
    subscription_key BIGINT NOT NULL PRIMARY KEY,
    message_name VARCHAR(255) NOT NULL,
    correlation_key VARCHAR(255) NOT NULL,
    instance_key BIGINT NOT NULL,
    element_instance_key BIGINT NOT NULL,
    element_id VARCHAR(255) NOT NULL
);
CREATE INDEX ix_engine_sub_name_key ON engine_message_subscription (message_name, correlation_key);
CREATE INDEX ix_engine_sub_element ON engine_message_subscription (element_instance_key);

CREATE TABLE engine_message_start (
    definition_key BIGINT NOT NULL,
    message_name VARCHAR(255) NOT NULL,
    bpmn_process_id VARCHAR(255) NOT NULL,
    element_id VARCHAR(255) NOT NULL,
    CONSTRAINT pk_engine_msg_start PRIMARY KEY (definition_key, message_name)
);
CREATE INDEX ix_engine_msg_start_name ON engine_message_start (message_name);

CREATE TABLE engine_timer (
    timer_key BIGINT NOT NULL PRIMARY KEY,
    due_at BIGINT NOT NULL,
    instance_key BIGINT,
    element_instance_key BIGINT,
    definition_key BIGINT NOT NULL,
    element_id VARCHAR(255) NOT NULL,
    repetitions INT NOT NULL,
    cycle_interval VARCHAR(64)
);
CREATE INDEX ix_engine_timer_due ON engine_timer (due_at);
CREATE INDEX ix_engine_timer_element ON engine_timer (element_instance_key);

CREATE TABLE engine_user_task (
    user_task_key BIGINT NOT NULL PRIMARY KEY,
    element_instance_key BIGINT NOT NULL,
    instance_key BIGINT NOT NULL,
    definition_key BIGINT NOT NULL,
    bpmn_process_id VARCHAR(255) NOT NULL,
    version INT NOT NULL,
    element_id VARCHAR(255) NOT NULL,
    task_name VARCHAR(255),
    state VARCHAR(16) NOT NULL,
    assignee VARCHAR(255),
    candidate_groups TEXT NOT NULL,
    candidate_users TEXT NOT NULL,
    due_date VARCHAR(64),
    follow_up_date VARCHAR(64),
    priority INT NOT NULL,
    form_key BIGINT,
    external_form_reference VARCHAR(1000),
    custom_headers TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    completed_at BIGINT
);
CREATE INDEX ix_engine_ut_instance ON engine_user_task (instance_key);
CREATE INDEX ix_engine_ut_state ON engine_user_task (state);

CREATE TABLE engine_incident (
    incident_key BIGINT NOT NULL PRIMARY KEY,
    error_type VARCHAR(64) NOT NULL,
    error_message TEXT,
    element_instance_key BIGINT NOT NULL,
    element_id VARCHAR(255) NOT NULL,
    instance_key BIGINT NOT NULL,
    definition_key BIGINT NOT NULL,
    bpmn_process_id VARCHAR(255) NOT NULL,
    job_key BIGINT,
    state VARCHAR(16) NOT NULL,
    created_at BIGINT NOT NULL,
    retry_action VARCHAR(16) NOT NULL
);
CREATE INDEX ix_engine_incident_instance ON engine_incident (instance_key, state);
