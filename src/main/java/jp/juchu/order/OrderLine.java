package jp.juchu.order;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** 商品明細: one item of a shipment. */
@Entity
@Table(name = "order_line")
public class OrderLine {

    /** Keys come in blocks from {@code id_block} ({@link KeyBlocks}), so inserts can be batched. */
    @Id
    @BlockKey(KeyBlocks.LINES)
    private Long id;

    @Column(nullable = false)
    private int seq;

    @Column(name = "item_id", length = 100)
    private String itemId;

    @Column(name = "item_number", length = 100)
    private String itemNumber;

    @Column(name = "item_name", nullable = false, length = 400)
    private String itemName;

    @Column(length = 1000)
    private String options;

    @Column(name = "unit_price", nullable = false)
    private long unitPrice;

    @Column(nullable = false)
    private int quantity;

    @Column(name = "tax_rate", nullable = false)
    private int taxRate;

    /** The 同梱 child order this line was taken over from; null for the order's own lines. */
    @Column(name = "bundled_from_order_id", updatable = false)
    private Long bundledFromOrderId;

    protected OrderLine() {
    }

    OrderLine(int seq, LineDetails details) {
        this.seq = seq;
        apply(details);
    }

    /** A line taken over from a bundled child order. */
    OrderLine(int seq, LineDetails details, long bundledFromOrderId) {
        this(seq, details);
        this.bundledFromOrderId = bundledFromOrderId;
    }

    final void apply(LineDetails details) {
        this.itemId = details.itemId();
        this.itemNumber = details.itemNumber();
        this.itemName = details.itemName();
        this.options = details.options();
        this.unitPrice = details.unitPrice();
        this.quantity = details.quantity();
        this.taxRate = details.taxRate();
    }

    public LineDetails details() {
        return new LineDetails(itemId, itemNumber, itemName, options, unitPrice, quantity, taxRate);
    }

    public Long getId() {
        return id;
    }

    public int getSeq() {
        return seq;
    }

    public String getItemId() {
        return itemId;
    }

    public String getItemNumber() {
        return itemNumber;
    }

    public String getItemName() {
        return itemName;
    }

    public String getOptions() {
        return options;
    }

    public long getUnitPrice() {
        return unitPrice;
    }

    public int getQuantity() {
        return quantity;
    }

    public int getTaxRate() {
        return taxRate;
    }

    public Long getBundledFromOrderId() {
        return bundledFromOrderId;
    }

    public long getSubtotal() {
        return unitPrice * quantity;
    }
}
