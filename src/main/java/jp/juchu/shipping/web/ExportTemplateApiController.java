package jp.juchu.shipping.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jp.juchu.shipping.ExportTemplateInput;
import jp.juchu.shipping.ExportTemplateView;
import jp.juchu.shipping.ExportTemplates;
import jp.juchu.shipping.TemplateColumn;
import jp.juchu.shipping.TemplateField;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 受注CSV出力項目設定 over JSON: reads for every user, changes for admins (see web.SettingsPaths). */
@RestController
@RequestMapping("/api/export-templates")
class ExportTemplateApiController {

    private final ExportTemplates templates;

    ExportTemplateApiController(ExportTemplates templates) {
        this.templates = templates;
    }

    @GetMapping
    List<Map<String, Object>> list() {
        return templates.list().stream().map(ExportTemplateApiController::json).toList();
    }

    @GetMapping("/{id}")
    Map<String, Object> get(@PathVariable long id) {
        return json(templates.get(id));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> create(@RequestBody ExportTemplateInput input) {
        return json(templates.create(input));
    }

    @PutMapping("/{id}")
    Map<String, Object> update(@PathVariable long id, @RequestBody ExportTemplateInput input) {
        return json(templates.update(id, input));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable long id) {
        templates.delete(id);
    }

    /** The field catalog: what a column's {@code field} may name. */
    @GetMapping("/fields")
    List<Map<String, String>> fields() {
        return Arrays.stream(TemplateField.values()).map(f -> {
            Map<String, String> json = new LinkedHashMap<>();
            json.put("key", f.key());
            json.put("label", f.label());
            json.put("group", f.group().label());
            json.put("groupKey", f.group().name());
            return json;
        }).toList();
    }

    /** A value of the wrong JSON type (e.g. {@code "maxLength": "abc"}) is a 400 naming the field. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException ex) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (ex.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining()).substring(1);
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

    static Map<String, Object> json(ExportTemplateView template) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", template.id());
        json.put("name", template.name());
        json.put("description", template.description());
        json.put("encoding", template.encoding().name());
        json.put("quoting", template.quoting().name());
        json.put("lineEnding", template.lineEnding().name());
        json.put("header", template.header());
        json.put("rowPer", template.rowPer().name());
        json.put("columns", template.columns().stream().map(ExportTemplateApiController::json).toList());
        json.put("updatedAt", template.updatedAt());
        return json;
    }

    private static Map<String, Object> json(TemplateColumn column) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("header", column.header());
        if (column.isFixed()) {
            json.put("fixedValue", column.fixedValue());
        } else {
            json.put("field", column.field().key());
        }
        json.put("maxLength", column.maxLength());
        return json;
    }
}
