package jp.juchu.shop;

import java.util.Optional;

/**
 * Result of translating a mall's payment or delivery name into our method: either the method, or a
 * mapping error with the raw name and a Japanese reason for the operator (支払方法変換エラー /
 * 配送方法変換エラー). An unmapped name is an expected outcome, not an exception.
 */
public sealed interface Resolution<T> permits Resolution.Resolved, Resolution.Unmapped {

    record Resolved<T>(T method) implements Resolution<T> {
    }

    record Unmapped<T>(String rawName, String reason) implements Resolution<T> {
    }

    default boolean isResolved() {
        return this instanceof Resolved;
    }

    default Optional<T> toOptional() {
        return this instanceof Resolved<T> resolved ? Optional.of(resolved.method()) : Optional.empty();
    }
}
