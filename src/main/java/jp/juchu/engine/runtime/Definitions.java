package jp.juchu.engine.runtime;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import jp.juchu.engine.ConditionalOnEmbeddedEngine;
import jp.juchu.engine.feel.FeelEvaluator;
import jp.juchu.engine.model.BpmnModelParser;
import jp.juchu.engine.model.ProcessModel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Deployed process definitions and forms; parsed models are cached by definition key (they never change). */
@Component
@ConditionalOnEmbeddedEngine
public class Definitions {

    private final JdbcClient jdbc;
    private final BpmnModelParser parser;
    private final Map<Long, ProcessModel> models = new ConcurrentHashMap<>();
    private final BoundedCache<Long, Rows.Definition> rows = new BoundedCache<>(1_000);

    Definitions(EngineDatabase database, FeelEvaluator feel) {
        this.jdbc = database.jdbc();
        this.parser = new BpmnModelParser(feel);
    }

    public List<ProcessModel> parse(String resourceName, byte[] content) {
        return parser.parse(resourceName, content);
    }

    public ProcessModel model(long definitionKey) {
        return models.computeIfAbsent(definitionKey, key -> {
            Rows.Definition definition = definition(key)
                    .orElseThrow(() -> new IllegalStateException("Unknown process definition " + key));
            return parse(definition.resourceName(), definition.xml().getBytes(StandardCharsets.UTF_8)).stream()
                    .filter(model -> model.bpmnProcessId().equals(definition.bpmnProcessId()))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("Process " + definition.bpmnProcessId()
                            + " missing in its own resource"));
        });
    }

    void remember(long definitionKey, ProcessModel model) {
        models.put(definitionKey, model);
    }

    /** A deployed definition never changes, so its row is cached. */
    public Optional<Rows.Definition> definition(long key) {
        return Optional.ofNullable(rows.computeIfAbsent(key, k -> jdbc.sql(
                        "SELECT * FROM engine_process_definition WHERE definition_key = ?").param(k)
                .query(Definitions::mapDefinition).optional().orElse(null)));
    }

    /** Reads only the latest key; the row (with its XML) comes from the cache of rows that never change. */
    public Optional<Rows.Definition> latest(String bpmnProcessId) {
        return jdbc.sql("SELECT definition_key FROM engine_process_definition WHERE bpmn_process_id = ? ORDER BY version DESC LIMIT 1")
                .param(bpmnProcessId).query(Long.class).optional().flatMap(this::definition);
    }

    public Optional<Rows.Definition> version(String bpmnProcessId, int version) {
        return jdbc.sql("SELECT * FROM engine_process_definition WHERE bpmn_process_id = ? AND version = ?")
                .params(bpmnProcessId, version).query(Definitions::mapDefinition).optional();
    }

    void insertDefinition(Rows.Definition d) {
        jdbc.sql("""
                INSERT INTO engine_process_definition (definition_key, deployment_key, bpmn_process_id, process_name,
                  version, checksum, resource_name, bpmn_xml) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(d.key(), d.deploymentKey(), d.bpmnProcessId(), d.name(), d.version(), d.checksum(),
                        d.resourceName(), d.xml())
                .update();
    }

    public Optional<Rows.Form> latestForm(String formId) {
        return jdbc.sql("SELECT * FROM engine_form WHERE form_id = ? ORDER BY version DESC LIMIT 1").param(formId)
                .query(Definitions::mapForm).optional();
    }

    public Optional<Rows.Form> form(long formKey) {
        return jdbc.sql("SELECT * FROM engine_form WHERE form_key = ?").param(formKey).query(Definitions::mapForm)
                .optional();
    }

    void insertForm(Rows.Form form, long deploymentKey) {
        jdbc.sql("""
                INSERT INTO engine_form (form_key, deployment_key, form_id, version, checksum, resource_name, form_json)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(form.key(), deploymentKey, form.formId(), form.version(), form.checksum(), form.resourceName(),
                        form.json())
                .update();
    }

    void insertDeployment(long key, long now) {
        jdbc.sql("INSERT INTO engine_deployment (deployment_key, created_at) VALUES (?, ?)").params(key, now).update();
    }

    static String checksum(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Rows.Definition mapDefinition(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Rows.Definition(rs.getLong("definition_key"), rs.getLong("deployment_key"),
                rs.getString("bpmn_process_id"), rs.getString("process_name"), rs.getInt("version"),
                rs.getString("checksum"), rs.getString("resource_name"), rs.getString("bpmn_xml"));
    }

    public static Rows.Form mapForm(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Rows.Form(rs.getLong("form_key"), rs.getString("form_id"), rs.getInt("version"),
                rs.getString("checksum"), rs.getString("resource_name"), rs.getString("form_json"));
    }

}
