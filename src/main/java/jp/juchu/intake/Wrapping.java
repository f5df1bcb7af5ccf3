package jp.juchu.intake;

/** A ラッピング (楽天 ラッピングタイトル/名/料金/税込別/種類 1–2): title 1 = 包装紙, 2 = リボン. */
public record Wrapping(String title, String name, long price, Boolean taxIncluded, String kind) {
}
