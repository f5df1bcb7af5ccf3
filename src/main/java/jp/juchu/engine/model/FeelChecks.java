package jp.juchu.engine.model;

import java.util.Map;

import org.camunda.bpm.model.xml.instance.ModelElementInstance;

import jp.juchu.engine.feel.FeelEvaluator;
import jp.juchu.engine.feel.FeelException;

/** Deploy-time checks of raw attribute values: FEEL syntax of {@code =} expressions, well-formed static values. */
final class FeelChecks {

    private final FeelEvaluator feel;
    private final Problems problems;

    FeelChecks(FeelEvaluator feel, Problems problems) {
        this.feel = feel;
        this.problems = problems;
    }

    /** Value may be static or an expression; an expression must parse. {@code null} is fine. */
    void optionalExpression(ModelElementInstance owner, String what, String raw) {
        if (raw != null && FeelEvaluator.isExpression(raw)) {
            parse(owner, what, raw);
        }
    }

    /** Value must be a non-blank static text or a parsable expression. */
    void string(ModelElementInstance owner, String what, String raw) {
        if (raw == null || raw.isBlank()) {
            problems.add(owner, what + " is required");
        } else {
            optionalExpression(owner, what, raw);
        }
    }

    /** Value must be an expression ({@code =...}) that parses. */
    void requiredExpression(ModelElementInstance owner, String what, String raw) {
        if (raw == null || !FeelEvaluator.isExpression(raw)) {
            problems.add(owner, what + " must be a FEEL expression starting with '=' but was '" + raw + "'");
        } else {
            parse(owner, what, raw);
        }
    }

    void wholeNumber(ModelElementInstance owner, String what, String raw, int min, int max) {
        if (FeelEvaluator.isExpression(raw)) {
            parse(owner, what, raw);
            return;
        }
        try {
            int value = feel.evaluateInt(raw, Map.of());
            if (value < min || value > max) {
                problems.add(owner, what + " must be between " + min + " and " + max + " but was " + value);
            }
        } catch (FeelException e) {
            problems.add(owner, what + " must be a whole number or a FEEL expression but was '" + raw + "'");
        }
    }

    void dateTime(ModelElementInstance owner, String what, String raw) {
        if (raw == null) {
            return;
        }
        if (FeelEvaluator.isExpression(raw)) {
            parse(owner, what, raw);
            return;
        }
        try {
            FeelEvaluator.staticDateTime(raw);
        } catch (FeelException e) {
            problems.add(owner, what + ": " + e.failure());
        }
    }

    void timer(ModelElementInstance owner, TimerDefinition timer) {
        String raw = timer.value();
        if (FeelEvaluator.isExpression(raw)) {
            parse(owner, "timer " + timer.type().name().toLowerCase(java.util.Locale.ROOT), raw);
            return;
        }
        try {
            switch (timer.type()) {
                case DURATION -> FeelEvaluator.staticInterval(raw);
                case DATE -> FeelEvaluator.staticDateTime(raw);
                case CYCLE -> FeelEvaluator.staticCycle(raw);
            }
        } catch (FeelException e) {
            problems.add(owner, "timer " + timer.type().name().toLowerCase(java.util.Locale.ROOT) + ": " + e.failure());
        }
    }

    private void parse(ModelElementInstance owner, String what, String raw) {
        try {
            feel.parse(FeelEvaluator.expressionText(raw));
        } catch (FeelException e) {
            problems.add(owner, what + " '" + raw + "' is not valid FEEL: " + e.failure());
        }
    }
}
