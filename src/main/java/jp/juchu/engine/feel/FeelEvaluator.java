package jp.juchu.engine.feel;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.camunda.feel.api.EvaluationFailure;
import org.camunda.feel.api.EvaluationResult;
import org.camunda.feel.api.FeelEngineApi;
import org.camunda.feel.api.FeelEngineBuilder;
import org.camunda.feel.api.ParseResult;
import org.camunda.feel.syntaxtree.ParsedExpression;

/**
 * Thread-safe FEEL facade for the engine. See the package documentation for the value contract and the
 * difference between bare expressions and raw attribute values.
 */
public final class FeelEvaluator {

    static final int CACHE_LIMIT = 10_000;

    private final FeelEngineApi engine;
    private final ZoneId zone;
    private static final Pattern VARIABLE_OR_ITS_STRING = Pattern.compile(
            "string\\(\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*\\)|([A-Za-z_][A-Za-z0-9_]*)");
    private static final Set<String> FEEL_WORDS = Set.of("true", "false", "null", "not", "and", "or", "for", "if", "then",
            "else", "some", "every", "in", "return", "between", "instance", "of", "satisfies", "function", "external");

    private final Map<String, ParsedExpression> cache = new ConcurrentHashMap<>();

    /** An evaluator whose {@code now()} / {@code today()} read the system clock in UTC. */
    public FeelEvaluator() {
        this(Clock.systemUTC());
    }

    /**
     * An evaluator whose {@code now()} / {@code today()} read {@code clock} on every call, so a clock that tests
     * move forward is seen at once. Local date-times are placed in the clock's zone.
     */
    public FeelEvaluator(Clock clock) {
        this.zone = clock.getZone();
        this.engine = FeelEngineBuilder.forJava()
                .withClock(() -> ZonedDateTime.now(clock))
                .build();
    }

    /** The zone used for local date-times and calendar arithmetic of timers. */
    public ZoneId zone() {
        return zone;
    }

    /** True if the raw attribute value is a FEEL expression (starts with {@code =}). */
    public static boolean isExpression(String rawValue) {
        return rawValue != null && rawValue.startsWith("=");
    }

    /** The FEEL text of a raw attribute value: without the leading {@code =}, trimmed. */
    public static String expressionText(String rawValue) {
        return isExpression(rawValue) ? rawValue.substring(1).trim() : rawValue;
    }

    /**
     * Checks the syntax of a bare FEEL expression (and caches the parsed form).
     *
     * @throws FeelException with FEEL's parser message
     */
    public void parse(String expression) {
        parsed(expression);
    }

    /**
     * Evaluates a bare FEEL expression.
     *
     * @return a plain Java/JSON value (see package documentation); {@code null} for FEEL null, including a
     *         missing variable
     * @throws FeelException if it does not parse, evaluation fails or the result cannot be held as JSON
     */
    public Object evaluate(String expression, Map<String, Object> variables) {
        Object raw = evaluateNative(expression, variables).value();
        try {
            return FeelValues.toPlain(raw);
        } catch (IllegalArgumentException e) {
            throw new FeelException(expression, e.getMessage());
        }
    }

    /** A raw attribute value: evaluated if it starts with {@code =}, otherwise the static text itself. */
    public Object evaluateOrStatic(String rawValue, Map<String, Object> variables) {
        requireValue(rawValue);
        return isExpression(rawValue) ? evaluate(expressionText(rawValue), variables) : rawValue;
    }

    /** A condition: the expression must yield a boolean; a static value must be {@code true} or {@code false}. */
    public boolean evaluateBoolean(String rawValue, Map<String, Object> variables) {
        requireValue(rawValue);
        if (!isExpression(rawValue)) {
            if ("true".equals(rawValue.trim()) || "false".equals(rawValue.trim())) {
                return Boolean.parseBoolean(rawValue.trim());
            }
            throw new FeelException(rawValue, "expected a boolean but found the static value '" + rawValue + "'");
        }
        Object value = typed(rawValue, variables, "BOOLEAN", Boolean.class::isInstance);
        return (Boolean) value;
    }

    /** A string (job type, message name, called process id, assignee, ...). */
    public String evaluateString(String rawValue, Map<String, Object> variables) {
        requireValue(rawValue);
        if (!isExpression(rawValue)) {
            return rawValue;
        }
        return (String) typed(rawValue, variables, "STRING", String.class::isInstance);
    }

    /**
     * A message correlation key: a string, or a number turned into its decimal text ({@code 42}, {@code 1.5}),
     * as Zeebe accepts both.
     */
    public String evaluateCorrelationKey(String rawValue, Map<String, Object> variables) {
        requireValue(rawValue);
        if (!isExpression(rawValue)) {
            return rawValue;
        }
        String direct = directCorrelationKey(expressionText(rawValue), variables);
        if (direct != null) {
            return direct;
        }
        Object value = typed(rawValue, variables, "STRING or NUMBER",
                v -> v instanceof String || v instanceof Number);
        if (value instanceof Number number) {
            return new BigDecimal(number.toString()).stripTrailingZeros().toPlainString();
        }
        return (String) value;
    }

    /**
     * The usual correlation keys, {@code =orderId} and {@code =string(orderId)} on a variable holding text or a whole
     * number, read straight from the variables: every process instance opens several message subscriptions at its
     * start, and a full FEEL evaluation (building a FEEL context from all visible variables) was most of the cost of
     * creating an instance. Anything else ({@code null} here) goes through FEEL.
     */
    private static String directCorrelationKey(String expression, Map<String, Object> variables) {
        Matcher matcher = VARIABLE_OR_ITS_STRING.matcher(expression);
        if (variables == null || !matcher.matches()) {
            return null;
        }
        String name = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
        if (FEEL_WORDS.contains(name)) {
            return null;
        }
        Object value = variables.get(name);
        if (value instanceof String text) {
            return text;
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short) {
            return value.toString();
        }
        return null;
    }

    /**
     * A list of strings (candidate groups / users): an expression must yield a list of strings, a static value
     * is split at commas ({@code "operators, managers"}), blanks dropped.
     */
    public List<String> evaluateStringList(String rawValue, Map<String, Object> variables) {
        requireValue(rawValue);
        if (!isExpression(rawValue)) {
            return Arrays.stream(rawValue.split(","))
                    .map(String::trim)
                    .filter(s -> !s.isEmpty())
                    .toList();
        }
        Object value = typed(rawValue, variables, "ARRAY of STRING",
                v -> v instanceof List<?> list && list.stream().allMatch(String.class::isInstance));
        List<String> strings = new ArrayList<>();
        for (Object item : (List<?>) value) {
            strings.add((String) item);
        }
        return List.copyOf(strings);
    }

    /** A whole number that fits an {@code int} (job retries, user task priority). */
    public int evaluateInt(String rawValue, Map<String, Object> variables) {
        requireValue(rawValue);
        if (!isExpression(rawValue)) {
            try {
                return Integer.parseInt(rawValue.trim());
            } catch (NumberFormatException e) {
                throw new FeelException(rawValue, "expected a whole number but found the static value '" + rawValue + "'");
            }
        }
        Object value = typed(rawValue, variables, "NUMBER (whole, int range)",
                v -> v instanceof Long l && l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE);
        return ((Long) value).intValue();
    }

    /** A timer duration ({@code timeDuration}): ISO-8601 text or a FEEL duration. */
    public Interval evaluateInterval(String rawValue, Map<String, Object> variables) {
        requireValue(rawValue);
        if (!isExpression(rawValue)) {
            return staticInterval(rawValue);
        }
        Object value = typedNative(rawValue, variables, "DURATION",
                v -> v instanceof Duration || v instanceof Period || v instanceof String);
        try {
            if (value instanceof Duration duration) {
                return Interval.of(duration);
            }
            if (value instanceof Period period) {
                return Interval.of(period);
            }
            return Interval.parse((String) value);
        } catch (IllegalArgumentException e) {
            throw new FeelException(rawValue, e.getMessage());
        }
    }

    /**
     * A point in time ({@code timeDate}, user task due / follow-up date): ISO-8601 date-time text with offset
     * or a FEEL date and time. A local date-time is placed in {@link #zone()}.
     */
    public ZonedDateTime evaluateDateTime(String rawValue, Map<String, Object> variables) {
        requireValue(rawValue);
        if (!isExpression(rawValue)) {
            return staticDateTime(rawValue);
        }
        Object value = typedNative(rawValue, variables, "DATE TIME",
                v -> v instanceof ZonedDateTime || v instanceof OffsetDateTime
                        || v instanceof LocalDateTime || v instanceof String);
        if (value instanceof ZonedDateTime zoned) {
            return zoned;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toZonedDateTime();
        }
        if (value instanceof LocalDateTime local) {
            return local.atZone(zone);
        }
        try {
            return DateTimes.parse((String) value);
        } catch (DateTimeException e) {
            throw new FeelException(rawValue, e.getMessage());
        }
    }

    /** A timer cycle ({@code timeCycle}): ISO-8601 repeating interval, static or as the string an expression yields. */
    public Cycle evaluateCycle(String rawValue, Map<String, Object> variables) {
        requireValue(rawValue);
        String text = isExpression(rawValue) ? evaluateString(rawValue, variables) : rawValue;
        try {
            return Cycle.parse(text);
        } catch (IllegalArgumentException e) {
            throw new FeelException(rawValue, e.getMessage());
        }
    }

    /** Parses a static timer duration; {@link FeelException} if it is not ISO-8601. */
    public static Interval staticInterval(String text) {
        try {
            return Interval.parse(text);
        } catch (IllegalArgumentException e) {
            throw new FeelException(text, e.getMessage());
        }
    }

    /** Parses a static ISO-8601 date-time with offset; {@link FeelException} otherwise. */
    public static ZonedDateTime staticDateTime(String text) {
        try {
            return DateTimes.parse(text);
        } catch (DateTimeException e) {
            throw new FeelException(text, e.getMessage());
        }
    }

    /** Parses a static ISO-8601 repeating interval; {@link FeelException} otherwise. */
    public static Cycle staticCycle(String text) {
        try {
            return Cycle.parse(text);
        } catch (IllegalArgumentException e) {
            throw new FeelException(text, e.getMessage());
        }
    }

    /** Formats a date-time as ISO-8601 the way results are formatted ({@code 2026-12-01T09:00:00+09:00}). */
    public static String format(ZonedDateTime value) {
        return DateTimes.format(value);
    }

    private Object typed(String rawValue, Map<String, Object> variables, String expected,
                         java.util.function.Predicate<Object> accepts) {
        Evaluated evaluated = evaluateNative(expressionText(rawValue), variables);
        Object plain;
        try {
            plain = FeelValues.toPlain(evaluated.value());
        } catch (IllegalArgumentException e) {
            throw new FeelException(rawValue, e.getMessage());
        }
        if (!accepts.test(plain)) {
            throw new FeelException(rawValue, mismatch(expected, evaluated, plain));
        }
        return plain;
    }

    private Object typedNative(String rawValue, Map<String, Object> variables, String expected,
                               java.util.function.Predicate<Object> accepts) {
        Evaluated evaluated = evaluateNative(expressionText(rawValue), variables);
        if (!accepts.test(evaluated.value())) {
            throw new FeelException(rawValue, mismatch(expected, evaluated, evaluated.value()));
        }
        return evaluated.value();
    }

    private static String mismatch(String expected, Evaluated evaluated, Object value) {
        String message = "expected the result to be " + expected + " but was " + typeName(value)
                + (value == null ? "" : " (" + value + ")");
        if (!evaluated.warnings().isEmpty()) {
            message += "; FEEL reported: " + String.join("; ", evaluated.warnings());
        }
        return message;
    }

    private static String typeName(Object value) {
        if (value == null) {
            return "NULL";
        }
        if (value instanceof Boolean) {
            return "BOOLEAN";
        }
        if (value instanceof Number) {
            return "NUMBER";
        }
        if (value instanceof String) {
            return "STRING";
        }
        if (value instanceof List<?>) {
            return "ARRAY";
        }
        if (value instanceof Map<?, ?>) {
            return "OBJECT";
        }
        if (value instanceof TemporalAccessor || value instanceof Duration || value instanceof Period) {
            return value.getClass().getSimpleName().toUpperCase(java.util.Locale.ROOT);
        }
        return value.getClass().getSimpleName();
    }

    private Evaluated evaluateNative(String expression, Map<String, Object> variables) {
        ParsedExpression parsed = parsed(expression);
        EvaluationResult result = engine.evaluate(parsed, variables == null ? Map.of() : variables);
        if (result.isFailure()) {
            throw new FeelException(expression, result.failure().message());
        }
        List<String> warnings = result.getSuppressedFailures().stream()
                .map(FeelEvaluator::describe)
                .collect(Collectors.toList());
        return new Evaluated(result.result(), warnings);
    }

    private static String describe(EvaluationFailure failure) {
        return "[" + failure.failureType() + "] " + failure.failureMessage();
    }

    private ParsedExpression parsed(String expression) {
        if (expression == null || expression.isBlank()) {
            throw new FeelException(String.valueOf(expression), "the expression is empty");
        }
        ParsedExpression cached = cache.get(expression);
        if (cached != null) {
            return cached;
        }
        ParseResult result = engine.parseExpression(expression);
        if (result.isFailure()) {
            throw new FeelException(expression, result.failure().message());
        }
        if (cache.size() >= CACHE_LIMIT) {
            cache.clear();
        }
        cache.put(expression, result.parsedExpression());
        return result.parsedExpression();
    }

    int cachedExpressions() {
        return cache.size();
    }

    private static void requireValue(String rawValue) {
        if (rawValue == null) {
            throw new IllegalArgumentException("raw value must not be null");
        }
    }

    private record Evaluated(Object value, List<String> warnings) {
    }
}
