package jp.juchu.shipping;

/** Something wrong in a tracking file: where (line, column name, key) and why, in Japanese. */
public record TrackingProblem(int line, String column, String key, String message) {
}
