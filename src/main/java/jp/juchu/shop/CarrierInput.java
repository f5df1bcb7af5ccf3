package jp.juchu.shop;

/** Editable fields of a 配送業者; {@code labelSoftware} is a {@link LabelSoftware} name. */
public record CarrierInput(String name, String trackingUrlTemplate, String labelSoftware) {
}
