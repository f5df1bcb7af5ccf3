package jp.juchu.engine.web;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.juchu.engine.runtime.EngineException;
import jp.juchu.engine.runtime.EngineJson;

/** Lenient reading of request bodies: missing fields are defaults, keys may be strings or numbers. */
final class Bodies {

    private Bodies() {
    }

    static long key(String text, String what) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw EngineException.invalid("The provided " + what + " '" + text + "' is not a number");
        }
    }

    static Long optionalKey(JsonNode body, String field) {
        JsonNode value = body == null ? null : body.get(field);
        if (value == null || value.isNull() || value.asText().isBlank()) {
            return null;
        }
        return key(value.asText(), field);
    }

    static Map<String, Object> variables(JsonNode body, String field) {
        JsonNode value = body == null ? null : body.get(field);
        if (value == null || value.isNull()) {
            return new LinkedHashMap<>();
        }
        if (!value.isObject()) {
            throw EngineException.invalid("Expected '" + field + "' to be a JSON object");
        }
        return EngineJson.MAPPER.convertValue(value, new TypeReference<LinkedHashMap<String, Object>>() { });
    }

    static String text(JsonNode body, String field) {
        JsonNode value = body == null ? null : body.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    static Integer integer(JsonNode body, String field) {
        JsonNode value = body == null ? null : body.get(field);
        return value == null || value.isNull() ? null : value.asInt();
    }

    static Long number(JsonNode body, String field) {
        JsonNode value = body == null ? null : body.get(field);
        return value == null || value.isNull() ? null : value.asLong();
    }

    static List<String> strings(JsonNode body, String field) {
        JsonNode value = body == null ? null : body.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        List<String> result = new ArrayList<>();
        value.forEach(item -> result.add(item.asText()));
        return result;
    }
}
