package jp.juchu.shop.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;

/** Turns a JSON value of the wrong type (e.g. {@code "orderIntakeEnabled": "yes"}) into a field-level 400. */
final class JsonFieldErrors {

    private JsonFieldErrors() {
    }

    static ResponseEntity<Map<String, Object>> of(HttpMessageNotReadableException ex) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (ex.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : String.valueOf(ref.getIndex()))
                    .collect(Collectors.joining("."));
            body.put("error", "invalid");
            body.put("message", "「" + field + "」の値の形式が正しくありません");
            body.put("field", field);
        } else {
            body.put("error", "unreadable");
            body.put("message", "リクエストの形式が正しくありません (JSON を確認してください)");
            body.put("field", null);
        }
        return ResponseEntity.badRequest().body(body);
    }
}
