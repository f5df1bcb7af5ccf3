package jp.juchu.shipping;

/** One order line on a label (品名) or in a template export. */
public record LabelItem(String itemId, String itemNumber, String name, String options, long unitPrice, int quantity) {

    public LabelItem {
        itemId = itemId == null ? "" : itemId;
        itemNumber = itemNumber == null ? "" : itemNumber;
        name = name == null ? "" : name;
        options = options == null ? "" : options;
    }
}
