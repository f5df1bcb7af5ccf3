package jp.juchu.shipping;

/**
 * What one data row of a user template is made of: the label, and the order line the row stands for
 * ({@code null} with {@code lineNo} 0 when the shipment has no lines).
 */
record TemplateRow(ShippingLabel label, LabelItem item, int lineNo, ExportOptions options) {
}
