package jp.juchu.orchestration.web;

import java.util.regex.Pattern;

/**
 * The line of an incident's error message an operator reads first. Workers' failures reach the engine with the
 * exception and its stack trace; the first line carries the reason, after the exception's class name.
 */
final class ErrorSummary {

    private static final Pattern EXCEPTION_PREFIX = Pattern.compile("^(?:[A-Za-z_$][\\w$]*\\.)+[\\w$]*(?:Exception|Error):\\s*");

    private ErrorSummary() {
    }

    static String of(String message) {
        if (message == null) {
            return "";
        }
        for (String line : message.split("\\R")) {
            if (!line.isBlank()) {
                String reason = EXCEPTION_PREFIX.matcher(line.strip()).replaceFirst("");
                return reason.isEmpty() ? line.strip() : reason;
            }
        }
        return "";
    }

    /** Whether the message says more than its summary (a stack trace, further lines). */
    static boolean hasMore(String message) {
        return message != null && !message.strip().equals(of(message));
    }
}
