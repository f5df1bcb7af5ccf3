package jp.juchu.order;

/** One refused input value: its path (e.g. {@code shipments[0].lines[1].quantity}) and a Japanese message. */
public record FieldProblem(String field, String message) {
}
