package jp.juchu.orchestration.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.juchu.core.InvalidInputException;

/**
 * A user task's Camunda Form on our own screen: parses the form schema into components, shows them filled with
 * the task's process variables ({@link #view}) and turns the submitted inputs into typed variables after
 * checking required fields ({@link #submit}): number → number, checkbox → boolean, datetime → ISO-8601 string,
 * select/radio/text → string. Read-only and hidden fields are not sent; empty optional fields are left out.
 */
final class TaskFormRenderer {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<FormComponent> components;
    private final DateTimeInputs dates;
    private final Clock clock;

    private TaskFormRenderer(List<FormComponent> components, Clock clock) {
        this.components = components;
        this.dates = new DateTimeInputs(clock.getZone());
        this.clock = clock;
    }

    /** Parses a form schema (Camunda Forms JSON); a task without a form has no components. */
    static TaskFormRenderer of(String schemaJson, Clock clock) {
        List<FormComponent> components = new ArrayList<>();
        if (schemaJson != null && !schemaJson.isBlank() && !"null".equals(schemaJson.strip())) {
            try {
                for (JsonNode node : JSON.readTree(schemaJson).path("components")) {
                    components.add(FormComponent.of(node));
                }
            } catch (JsonProcessingException e) {
                throw new InvalidInputException("form", "タスクのフォーム定義を読めません: " + e.getOriginalMessage());
            }
        }
        return new TaskFormRenderer(List.copyOf(components), clock);
    }

    /** Process variables as the engine gives them (JSON text by name) → Java values. */
    static Map<String, Object> values(Map<String, String> jsonByName) {
        Map<String, Object> values = new HashMap<>();
        jsonByName.forEach((name, json) -> {
            try {
                values.put(name, json == null ? null : JSON.readValue(json, Object.class));
            } catch (JsonProcessingException notJson) {
                values.put(name, json);
            }
        });
        return values;
    }

    List<FormComponent> components() {
        return components;
    }

    /** The form filled with the task's variables (component defaults where a variable is not set). */
    List<FieldView> view(Map<String, Object> variables) {
        Map<String, Object> data = withDefaults(variables);
        List<FieldView> fields = new ArrayList<>();
        for (FormComponent c : components) {
            Object value = c.key() == null ? null : data.get(c.key());
            boolean hidden = c.hide().hides(data);
            if ("datetime".equals(c.type())) {
                String[] inputs = dates.inputsOf(value);
                fields.add(new FieldView(c, hidden, inputs[0], inputs[1], false, fact(c, value), null));
            } else {
                fields.add(new FieldView(c, hidden, text(value), "", Boolean.TRUE.equals(value), fact(c, value), null));
            }
        }
        return fields;
    }

    /** The form again as the operator submitted it, with the error next to each field that has one. */
    List<FieldView> view(Map<String, Object> variables, Map<String, String> params, Map<String, String> errors) {
        Map<String, Object> data = withDefaults(variables);
        components.stream().filter(FormComponent::isEditable).forEach(c -> data.put(c.key(), FieldReader.read(c, params, dates, today()).value()));
        List<FieldView> fields = new ArrayList<>();
        for (FormComponent c : components) {
            boolean hidden = c.hide().hides(data);
            if (!c.isEditable()) {
                Object value = c.key() == null ? null : data.get(c.key());
                fields.add(new FieldView(c, hidden, text(value), "", Boolean.TRUE.equals(value), fact(c, value), null));
                continue;
            }
            String error = errors.get(c.key());
            if ("datetime".equals(c.type())) {
                fields.add(new FieldView(c, hidden, params.getOrDefault(c.key() + FieldReader.DATE, ""),
                        params.getOrDefault(c.key() + FieldReader.TIME, ""), false, null, error));
            } else {
                fields.add(new FieldView(c, hidden, params.getOrDefault(c.key(), ""), "",
                        Boolean.TRUE.equals(FieldReader.read(c, params, dates, today()).value()), null, error));
            }
        }
        return fields;
    }

    /**
     * The variables to complete the task with, or the errors by field key. Hidden fields are decided on the
     * process variables together with what was entered (e.g. 新しい支払方法 only when 支払方法を変更 was chosen).
     */
    FormSubmission submit(Map<String, String> params, Map<String, Object> variables) {
        Map<String, Object> data = withDefaults(variables);
        Map<String, FieldReader.Read> reads = new LinkedHashMap<>();
        for (FormComponent c : components) {
            if (c.isEditable()) {
                FieldReader.Read read = FieldReader.read(c, params, dates, today());
                reads.put(c.key(), read);
                data.put(c.key(), read.value());
            }
        }
        Map<String, Object> typed = new LinkedHashMap<>();
        Map<String, String> errors = new LinkedHashMap<>();
        for (FormComponent c : components) {
            FieldReader.Read read = reads.get(c.key());
            if (!c.isEditable() || read == null || c.hide().hides(data)) {
                continue;
            }
            String error = read.error() != null ? read.error() : missing(c, read.value());
            if (error != null) {
                errors.putIfAbsent(c.key(), error);
            } else if (read.value() != null) {
                typed.put(c.key(), read.value());
            }
        }
        return new FormSubmission(errors.isEmpty() ? typed : Map.of(), errors);
    }

    private static String missing(FormComponent c, Object value) {
        if (!c.required()) {
            return null;
        }
        return switch (c.type()) {
            case "checkbox" -> Boolean.TRUE.equals(value) ? null : "「" + c.displayLabel() + "」にチェックを入れてください";
            case "select", "radio" -> value == null ? "「" + c.displayLabel() + "」を選んでください" : null;
            default -> value == null ? "「" + c.displayLabel() + "」を入力してください" : null;
        };
    }

    private Map<String, Object> withDefaults(Map<String, Object> variables) {
        Map<String, Object> data = new HashMap<>(variables);
        for (FormComponent c : components) {
            if (c.key() != null && c.defaultValue() != null && !data.containsKey(c.key())) {
                data.put(c.key(), c.defaultValue());
            }
        }
        return data;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private String fact(FormComponent c, Object value) {
        if (value == null || value.toString().isEmpty()) {
            return "";
        }
        return switch (c.type()) {
            case "number" -> Numbers.grouped(value) + (c.suffix() == null ? "" : c.suffix());
            case "checkbox" -> Boolean.TRUE.equals(value) ? "はい" : "いいえ";
            case "select", "radio" -> c.optionLabel(value.toString()).orElse(value.toString());
            case "datetime" -> dates.fact(value);
            default -> value.toString();
        };
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof Number number ? Numbers.plain(number) : value.toString();
    }

    /** Number texts for inputs (plain) and facts (grouped, e.g. 2,760). */
    static final class Numbers {

        private Numbers() {
        }

        static String plain(Number number) {
            return decimal(number).toPlainString();
        }

        static String grouped(Object value) {
            if (!(value instanceof Number number)) {
                return value.toString();
            }
            BigDecimal decimal = decimal(number);
            return decimal.scale() <= 0 ? String.format("%,d", decimal.toBigInteger()) : String.format("%,." + decimal.scale() + "f", decimal);
        }

        private static BigDecimal decimal(Number number) {
            BigDecimal decimal = number instanceof BigDecimal d ? d : new BigDecimal(number.toString());
            decimal = decimal.stripTrailingZeros();
            return decimal.scale() < 0 ? decimal.setScale(0) : decimal;
        }
    }
}
