package jp.juchu.shipping;

/**
 * Options of one 出荷指示エクスポート.
 *
 * @param removeAddressSpaces 「住所情報のスペースを削除」: spaces inside addresses are dropped before the byte limits apply
 */
public record ExportOptions(boolean removeAddressSpaces) {

    public static final ExportOptions DEFAULT = new ExportOptions(false);
}
