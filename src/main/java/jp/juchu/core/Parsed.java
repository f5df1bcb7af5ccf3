package jp.juchu.core;

import java.util.Objects;
import java.util.function.Function;

/**
 * Outcome of reading a value typed by a person or damaged by a spreadsheet: valid as given, repaired
 * (with a Japanese note saying what was changed, so the operator can verify it) or invalid (with a
 * Japanese reason).
 */
public final class Parsed<T> {

    private final T value;
    private final String message;
    private final boolean repaired;

    private Parsed(T value, String message, boolean repaired) {
        this.value = value;
        this.message = message;
        this.repaired = repaired;
    }

    public static <T> Parsed<T> valid(T value) {
        return new Parsed<>(Objects.requireNonNull(value), null, false);
    }

    public static <T> Parsed<T> repaired(T value, String note) {
        return new Parsed<>(Objects.requireNonNull(value), Objects.requireNonNull(note), true);
    }

    public static <T> Parsed<T> invalid(String reason) {
        return new Parsed<>(null, Objects.requireNonNull(reason), false);
    }

    public boolean isInvalid() {
        return value == null;
    }

    public boolean isRepaired() {
        return repaired;
    }

    /** The value, or {@code null} when invalid. */
    public T value() {
        return value;
    }

    /** The repair note or the reason of invalidity; {@code null} for a value that was valid as given. */
    public String message() {
        return message;
    }

    /** The value; throws {@link InvalidInputException} naming {@code field} when invalid. */
    public T orElseThrow(String field) {
        if (value == null) {
            throw new InvalidInputException(field, message);
        }
        return value;
    }

    public <R> Parsed<R> map(Function<T, R> mapper) {
        return value == null ? invalid(message) : new Parsed<>(mapper.apply(value), message, repaired);
    }

    @Override
    public String toString() {
        return isInvalid() ? "invalid(" + message + ")" : repaired ? "repaired(" + value + ", " + message + ")"
                : "valid(" + value + ")";
    }
}
