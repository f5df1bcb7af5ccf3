package jp.juchu.engine.model;

/**
 * A deployed Camunda Form.
 *
 * @param formId     the form's {@code id} field (what {@code zeebe:formDefinition formId} refers to)
 * @param versionTag the optional {@code versionTag} field, or {@code null}
 * @param schema     the form JSON exactly as deployed (the API returns it as a string)
 */
public record FormModel(String formId, String versionTag, String schema) {
}
