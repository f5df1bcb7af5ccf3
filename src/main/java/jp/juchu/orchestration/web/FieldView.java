package jp.juchu.orchestration.web;

/**
 * A form component as the task page shows it: the inputs' current text (from the process variables, or as the
 * operator typed it when the page comes back with errors), whether it is hidden, the fact text of a read-only
 * field and the error message next to it.
 *
 * @param value the input's text (textfield, textarea, number, select, radio), the date of a datetime
 * @param time the time of a datetime
 */
record FieldView(FormComponent component, boolean hidden, String value, String time, boolean checked, String fact,
                 String error) {

    public String inputId() {
        return "field-" + component.key();
    }

    public boolean selected(String optionValue) {
        return optionValue.equals(value);
    }
}
