-- Lookups by owning element instance: the children of a scope (every scope completion, termination, the join)
-- and the job / user task / incidents of an element. Without these each was a scan of the whole table.
CREATE INDEX ix_engine_ei_scope ON engine_element_instance (flow_scope_key, state);
CREATE INDEX ix_engine_job_element ON engine_job (element_instance_key);
CREATE INDEX ix_engine_ut_element ON engine_user_task (element_instance_key);
CREATE INDEX ix_engine_incident_element ON engine_incident (element_instance_key, state);
CREATE INDEX ix_engine_pi_parent ON engine_process_instance (parent_element_instance_key);
CREATE INDEX ix_engine_timer_instance ON engine_timer (instance_key);
CREATE INDEX ix_engine_msg_expiry ON engine_message (expires_at);
-- The metrics gauges count open incidents and active instances at every scrape.
CREATE INDEX ix_engine_incident_state ON engine_incident (state);
CREATE INDEX ix_engine_pi_state ON engine_process_instance (state);

-- One activation claims all its jobs with one conditional update and reads back the rows it won by this key.
ALTER TABLE engine_job ADD COLUMN activation_key BIGINT;
