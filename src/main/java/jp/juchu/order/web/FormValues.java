package jp.juchu.order.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.springframework.util.MultiValueMap;

/** The values of a posted form by input name (e.g. {@code shipments[0].recipient.postalCode}), as typed. */
final class FormValues {

    private final Map<String, String> values = new LinkedHashMap<>();

    static FormValues of(MultiValueMap<String, String> params) {
        FormValues form = new FormValues();
        params.forEach((name, list) -> {
            if (!name.equals("_csrf") && list != null && !list.isEmpty()) {
                form.values.put(name, list.get(0));
            }
        });
        return form;
    }

    FormValues put(String name, Object value) {
        values.put(name, value == null ? "" : value.toString());
        return this;
    }

    String get(String name) {
        String value = values.get(name);
        return value == null || value.isBlank() ? null : value;
    }

    /** The text, or {@code null} when it was not posted or equals {@code current} (unchanged fields are not sent as a fix). */
    String changed(String name, String current) {
        String typed = values.get(name);
        if (typed == null) {
            return null;
        }
        return Objects.equals(typed.strip(), current == null ? "" : current.strip()) ? null : typed;
    }

    Map<String, String> asMap() {
        return values;
    }
}
