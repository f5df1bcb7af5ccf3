package jp.juchu.order;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** 個口: one parcel of a shipment with its お問い合わせ番号 (荷物番号). Changed only through its {@link Order}. */
@Entity
@Table(name = "order_parcel")
public class Parcel {

    /** Keys come in blocks from {@code id_block} ({@link KeyBlocks}), so inserts can be batched. */
    @Id
    @BlockKey(KeyBlocks.PARCELS)
    private Long id;

    @Column(nullable = false)
    private int seq;

    @Column(name = "tracking_number", nullable = false, length = 40)
    private String trackingNumber;

    protected Parcel() {
    }

    Parcel(int seq, String trackingNumber) {
        this.seq = seq;
        this.trackingNumber = trackingNumber;
    }

    public int getSeq() {
        return seq;
    }

    public String getTrackingNumber() {
        return trackingNumber;
    }
}
