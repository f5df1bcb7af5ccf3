package jp.juchu.engine.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.juchu.engine.ConditionalOnEmbeddedEngine;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Process instances, element instances (also the timeline) and variables. */
@Component
@ConditionalOnEmbeddedEngine
public class InstanceStore {

    /** Marks a scope without a parent (the process instance itself) in {@link #parentScopes}. */
    private static final long NO_PARENT = -1L;

    private final JdbcClient jdbc;
    private final KeyGenerator keys;
    private final BoundedCache<Long, Long> parentScopes = new BoundedCache<>(50_000);
    private final BoundedCache<Long, Long> roots = new BoundedCache<>(20_000);

    InstanceStore(EngineDatabase database, KeyGenerator keys) {
        this.jdbc = database.jdbc();
        this.keys = keys;
    }

    // ---- process instances

    void insertInstance(Rows.ProcessInstance row) {
        roots.put(row.key(), row.rootInstanceKey());
        jdbc.sql("""
                INSERT INTO engine_process_instance (instance_key, definition_key, bpmn_process_id, version, state,
                  start_time, end_time, parent_instance_key, parent_element_instance_key, root_instance_key, has_incident)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(row.key(), row.definitionKey(), row.bpmnProcessId(), row.version(), row.state(), row.startTime(),
                        row.endTime(), row.parentInstanceKey(), row.parentElementInstanceKey(), row.rootInstanceKey(),
                        row.hasIncident())
                .update();
    }

    public Optional<Rows.ProcessInstance> instance(long key) {
        return jdbc.sql("SELECT * FROM engine_process_instance WHERE instance_key = ?").param(key)
                .query(InstanceStore::mapInstance).optional();
    }

    /** Locks the root instance of a call hierarchy: every command on one order runs serially. */
    public Optional<Rows.ProcessInstance> lockRoot(long instanceKey) {
        Long root = roots.computeIfAbsent(instanceKey, key -> jdbc.sql(
                        "SELECT root_instance_key FROM engine_process_instance WHERE instance_key = ?")
                .param(key).query(Long.class).optional().orElse(null));
        if (root == null) {
            return Optional.empty();
        }
        Optional<Rows.ProcessInstance> locked = jdbc.sql("SELECT * FROM engine_process_instance WHERE instance_key = ? FOR UPDATE")
                .param(root).query(InstanceStore::mapInstance).optional();
        return root == instanceKey ? locked : instance(instanceKey);
    }

    Optional<Rows.ProcessInstance> activeChildInstance(long parentElementInstanceKey) {
        return jdbc.sql("SELECT * FROM engine_process_instance WHERE parent_element_instance_key = ? AND state = 'ACTIVE'")
                .param(parentElementInstanceKey).query(InstanceStore::mapInstance).optional();
    }

    void finishInstance(long key, String state, long now) {
        jdbc.sql("UPDATE engine_process_instance SET state = ?, end_time = ? WHERE instance_key = ?")
                .params(state, now, key).update();
    }

    void markIncident(long instanceKey, boolean hasIncident) {
        jdbc.sql("UPDATE engine_process_instance SET has_incident = ? WHERE instance_key = ?")
                .params(hasIncident, instanceKey).update();
    }

    public static Rows.ProcessInstance mapInstance(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Rows.ProcessInstance(rs.getLong("instance_key"), rs.getLong("definition_key"),
                rs.getString("bpmn_process_id"), rs.getInt("version"), rs.getString("state"), rs.getLong("start_time"),
                (Long) rs.getObject("end_time", Long.class), (Long) rs.getObject("parent_instance_key", Long.class),
                (Long) rs.getObject("parent_element_instance_key", Long.class), rs.getLong("root_instance_key"),
                rs.getBoolean("has_incident"));
    }

    // ---- element instances

    void insertElement(Rows.ElementInstance row) {
        parentScopes.put(row.key(), row.flowScopeKey() == null ? NO_PARENT : row.flowScopeKey());
        jdbc.sql("""
                INSERT INTO engine_element_instance (element_instance_key, instance_key, flow_scope_key, definition_key,
                  bpmn_process_id, element_id, element_name, element_type, incoming_flow, state, start_time)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(row.key(), row.instanceKey(), row.flowScopeKey(), row.definitionKey(), row.bpmnProcessId(),
                        row.elementId(), row.elementName(), row.elementType(), row.incomingFlow(), row.state(),
                        row.startTime())
                .update();
    }

    public Optional<Rows.ElementInstance> element(long key) {
        return jdbc.sql("SELECT * FROM engine_element_instance WHERE element_instance_key = ?").param(key)
                .query(InstanceStore::mapElement).optional();
    }

    List<Rows.ElementInstance> activeChildren(long flowScopeKey) {
        return jdbc.sql("SELECT * FROM engine_element_instance WHERE flow_scope_key = ? AND state = 'ACTIVE' ORDER BY element_instance_key")
                .param(flowScopeKey).query(InstanceStore::mapElement).list();
    }

    List<Rows.ElementInstance> activeElements(long instanceKey) {
        return jdbc.sql("SELECT * FROM engine_element_instance WHERE instance_key = ? AND state = 'ACTIVE' ORDER BY element_instance_key")
                .param(instanceKey).query(InstanceStore::mapElement).list();
    }

    List<Rows.ElementInstance> activeTokens(long flowScopeKey, String elementId) {
        return jdbc.sql("""
                SELECT * FROM engine_element_instance WHERE flow_scope_key = ? AND element_id = ? AND state = 'ACTIVE'
                ORDER BY element_instance_key""")
                .params(flowScopeKey, elementId).query(InstanceStore::mapElement).list();
    }

    void finishElement(long key, String state, long now) {
        jdbc.sql("UPDATE engine_element_instance SET state = ?, end_time = ? WHERE element_instance_key = ?")
                .params(state, now, key).update();
    }

    void deleteElement(long key) {
        jdbc.sql("DELETE FROM engine_element_instance WHERE element_instance_key = ?").param(key).update();
    }

    void setElementIncident(long key, Long incidentKey) {
        jdbc.sql("UPDATE engine_element_instance SET incident_key = ? WHERE element_instance_key = ?")
                .params(incidentKey, key).update();
    }

    public static Rows.ElementInstance mapElement(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Rows.ElementInstance(rs.getLong("element_instance_key"), rs.getLong("instance_key"),
                (Long) rs.getObject("flow_scope_key", Long.class), rs.getLong("definition_key"),
                rs.getString("bpmn_process_id"), rs.getString("element_id"), rs.getString("element_name"),
                rs.getString("element_type"), rs.getString("incoming_flow"), rs.getString("state"),
                rs.getLong("start_time"), (Long) rs.getObject("end_time", Long.class),
                (Long) rs.getObject("incident_key", Long.class));
    }

    // ---- variables

    /** Scope keys from the root (process instance) down to the given scope. */
    List<Long> scopeChain(long scopeKey) {
        List<Long> chain = new ArrayList<>();
        long current = scopeKey;
        while (current != NO_PARENT) {
            chain.add(current);
            Long parent = parentScopes.computeIfAbsent(current, key -> jdbc.sql(
                            "SELECT flow_scope_key FROM engine_element_instance WHERE element_instance_key = ?")
                    .param(key).query((rs, n) -> (Long) rs.getObject(1, Long.class)).optional()
                    .map(value -> value == null ? NO_PARENT : value).orElse(NO_PARENT));
            current = parent;
        }
        Collections.reverse(chain);
        return chain;
    }

    public Map<String, Object> localVariables(long scopeKey) {
        Map<String, Object> result = new LinkedHashMap<>();
        jdbc.sql("SELECT var_name, var_value FROM engine_variable WHERE scope_key = ? ORDER BY variable_key")
                .param(scopeKey)
                .query((rs, n) -> {
                    result.put(rs.getString(1), EngineJson.read(rs.getString(2)));
                    return null;
                }).list();
        return result;
    }

    /** Every variable visible from a scope; inner scopes shadow outer ones. */
    public Map<String, Object> visibleVariables(long scopeKey) {
        if (scopeChain(scopeKey).size() == 1) {
            return localVariables(scopeKey);
        }
        return visibleVariablesOfEach(List.of(scopeKey)).get(scopeKey);
    }

    /** {@link #visibleVariables} for several scopes (e.g. the jobs of one activation) with one query. */
    Map<Long, Map<String, Object>> visibleVariablesOfEach(List<Long> scopeKeys) {
        Map<Long, List<Long>> chains = new LinkedHashMap<>();
        Map<Long, Map<String, Object>> byScope = new HashMap<>();
        for (long scopeKey : scopeKeys) {
            List<Long> chain = scopeChain(scopeKey);
            chains.put(scopeKey, chain);
            chain.forEach(scope -> byScope.computeIfAbsent(scope, s -> new LinkedHashMap<>()));
        }
        if (!byScope.isEmpty()) {
            jdbc.sql("SELECT scope_key, var_name, var_value FROM engine_variable WHERE scope_key IN (:scopes) ORDER BY variable_key")
                    .param("scopes", byScope.keySet())
                    .query((rs, n) -> byScope.get(rs.getLong(1)).put(rs.getString(2), EngineJson.read(rs.getString(3))))
                    .list();
        }
        Map<Long, Map<String, Object>> result = new HashMap<>();
        chains.forEach((scopeKey, chain) -> {
            Map<String, Object> visible = new LinkedHashMap<>();
            chain.forEach(scope -> visible.putAll(byScope.get(scope)));
            result.put(scopeKey, visible);
        });
        return result;
    }

    void setLocal(long scopeKey, long instanceKey, String name, Object value) {
        String json = EngineJson.write(value);
        int updated = jdbc.sql("UPDATE engine_variable SET var_value = ? WHERE scope_key = ? AND var_name = ?")
                .params(json, scopeKey, name).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO engine_variable (variable_key, scope_key, instance_key, var_name, var_value) VALUES (?, ?, ?, ?, ?)")
                    .params(keys.next(), scopeKey, instanceKey, name, json).update();
        }
    }

    void setAllLocal(long scopeKey, long instanceKey, Map<String, Object> variables) {
        if (variables != null) {
            variables.forEach((name, value) -> setLocal(scopeKey, instanceKey, name, value));
        }
    }

    /**
     * Zeebe's propagation: each variable is written to the innermost scope (from {@code scopeKey} upwards) that
     * already has it, otherwise to the process instance (root scope).
     */
    void merge(long scopeKey, long instanceKey, Map<String, Object> variables) {
        if (variables == null || variables.isEmpty()) {
            return;
        }
        List<Long> chain = scopeChain(scopeKey);
        Collections.reverse(chain);
        Map<String, Long> innermostHolder = new HashMap<>();
        jdbc.sql("SELECT scope_key, var_name FROM engine_variable WHERE scope_key IN (:scopes) AND var_name IN (:names)")
                .param("scopes", chain).param("names", variables.keySet())
                .query((rs, n) -> innermostHolder.merge(rs.getString(2), rs.getLong(1),
                        (a, b) -> chain.indexOf(a) <= chain.indexOf(b) ? a : b))
                .list();
        for (Map.Entry<String, Object> variable : variables.entrySet()) {
            Long holder = innermostHolder.get(variable.getKey());
            String json = EngineJson.write(variable.getValue());
            if (holder != null) {
                jdbc.sql("UPDATE engine_variable SET var_value = ? WHERE scope_key = ? AND var_name = ?")
                        .params(json, holder, variable.getKey()).update();
            } else {
                jdbc.sql("INSERT INTO engine_variable (variable_key, scope_key, instance_key, var_name, var_value) VALUES (?, ?, ?, ?, ?)")
                        .params(keys.next(), instanceKey, instanceKey, variable.getKey(), json).update();
            }
        }
    }
}
