package jp.juchu.orchestration.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One component of a Camunda Form, with the properties our forms use (see {@code forms/*.form}): type, key,
 * label, markdown text, readonly, validate.required/min/max, static values of select and radio,
 * appearance.suffixAdorner, the datetime subtype with its labels and serializing format, conditional.hide and
 * defaultValue.
 */
record FormComponent(String id, String type, String key, String label, String text, boolean readonly,
                     boolean required, BigDecimal min, BigDecimal max, List<Option> options, String suffix,
                     String subtype, String dateLabel, String timeLabel, String timeFormat, Integer timeInterval,
                     HideCondition hide, Object defaultValue) {

    /** The component types a person fills in; {@code text} only shows markdown. */
    static final List<String> INPUT_TYPES = List.of("textfield", "textarea", "number", "checkbox", "select", "radio", "datetime");

    record Option(String value, String label) {
    }

    /** A heading (level 1–6) or a paragraph (level 0) of a text component's markdown. */
    record TextBlock(int level, String text) {
    }

    static FormComponent of(JsonNode node) {
        JsonNode validate = node.path("validate");
        List<Option> options = new ArrayList<>();
        for (JsonNode value : node.path("values")) {
            options.add(new Option(value.path("value").asText(), value.path("label").asText(value.path("value").asText())));
        }
        return new FormComponent(text(node, "id"), node.path("type").asText(""), text(node, "key"), text(node, "label"),
                text(node, "text"), node.path("readonly").asBoolean(false), validate.path("required").asBoolean(false),
                decimal(validate.path("min")), decimal(validate.path("max")), List.copyOf(options),
                text(node.path("appearance"), "suffixAdorner"), text(node, "subtype"), text(node, "dateLabel"),
                text(node, "timeLabel"), text(node, "timeSerializingFormat"),
                node.path("timeInterval").isNumber() ? node.path("timeInterval").asInt() : null,
                HideCondition.parse(text(node.path("conditional"), "hide")), plain(node.get("defaultValue")));
    }

    public boolean isInput() {
        return key != null && INPUT_TYPES.contains(type);
    }

    public boolean isEditable() {
        return isInput() && !readonly;
    }

    /** What the operator reads as the field's name: the label, for a datetime the date label. */
    public String displayLabel() {
        if (label != null && !label.isBlank()) {
            return label;
        }
        return dateLabel != null && !dateLabel.isBlank() ? dateLabel : key;
    }

    public boolean hasDate() {
        return "datetime".equals(type) && !"time".equals(subtype);
    }

    public boolean hasTime() {
        return "datetime".equals(type) && ("time".equals(subtype) || "datetime".equals(subtype));
    }

    public Optional<String> optionLabel(String value) {
        return options.stream().filter(o -> o.value().equals(value)).map(Option::label).findFirst();
    }

    /** The markdown of a text component as headings and paragraphs (no HTML: the page escapes every block). */
    public List<TextBlock> textBlocks() {
        List<TextBlock> blocks = new ArrayList<>();
        if (text == null) {
            return blocks;
        }
        for (String line : text.split("\\R")) {
            String stripped = line.strip();
            if (stripped.isEmpty()) {
                continue;
            }
            int level = 0;
            while (level < stripped.length() && stripped.charAt(level) == '#' && level < 6) {
                level++;
            }
            boolean heading = level > 0 && level < stripped.length() && stripped.charAt(level) == ' ';
            blocks.add(heading ? new TextBlock(level, stripped.substring(level).strip()) : new TextBlock(0, stripped));
        }
        return blocks;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static BigDecimal decimal(JsonNode node) {
        return node.isNumber() ? node.decimalValue() : null;
    }

    private static Object plain(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isNumber()) {
            return node.numberValue();
        }
        return node.asText();
    }
}
