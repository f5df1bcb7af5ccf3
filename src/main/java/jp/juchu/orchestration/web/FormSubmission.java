package jp.juchu.orchestration.web;

import java.util.Map;

/**
 * What a submitted task form means: the typed variables to complete the task with, or the errors by field key
 * (then nothing may be completed).
 */
record FormSubmission(Map<String, Object> variables, Map<String, String> errors) {

    boolean valid() {
        return errors.isEmpty();
    }
}
