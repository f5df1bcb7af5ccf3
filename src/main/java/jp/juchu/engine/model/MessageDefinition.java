package jp.juchu.engine.model;

/**
 * The message an event or receive task waits for.
 *
 * @param name           raw value: static name or {@code =expression}
 * @param correlationKey raw value (usually {@code =expression}); {@code null} for message start events of a
 *                       process, which have no correlation key
 */
public record MessageDefinition(String name, String correlationKey) {
}
