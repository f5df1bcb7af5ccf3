package jp.juchu.engine.model;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads a Camunda Form ({@code .form}) resource. Thread-safe. */
public final class FormParser {

    static final int MAX_ID_LENGTH = 256;

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * @throws InvalidModelException if the content is not a JSON object or has no non-blank string {@code id}
     */
    public FormModel parse(String resourceName, byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw invalid(resourceName, null, "the form is not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw invalid(resourceName, null, "the form must be a JSON object");
        }
        JsonNode id = root.get("id");
        if (id == null || !id.isTextual() || id.asText().isBlank()) {
            throw invalid(resourceName, null, "Expected the form id to be present and a non-blank string");
        }
        String formId = id.asText();
        if (formId.length() > MAX_ID_LENGTH) {
            throw invalid(resourceName, formId, "the form id is longer than " + MAX_ID_LENGTH + " characters");
        }
        JsonNode versionTag = root.get("versionTag");
        return new FormModel(formId, versionTag != null && versionTag.isTextual() ? versionTag.asText() : null, text);
    }

    private static InvalidModelException invalid(String resourceName, String formId, String message) {
        return new InvalidModelException(resourceName, List.of(new ModelProblem(formId, "form", message)));
    }
}
