package jp.juchu.order;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** 受注履歴: what happened to an order, by whom. Append-only. */
@Entity
@Table(name = "order_history")
public class OrderHistoryEntry {

    /** Keys come in blocks from {@code id_block} ({@link KeyBlocks}), so inserts can be batched. */
    @Id
    @BlockKey(KeyBlocks.HISTORY)
    private Long id;

    @Column(name = "order_id", nullable = false)
    private Long orderId;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 64)
    private String actor;

    @Column(nullable = false, length = 30)
    private String kind;

    @Column(nullable = false, length = 2000)
    private String text;

    protected OrderHistoryEntry() {
    }

    OrderHistoryEntry(Long orderId, Instant occurredAt, String actor, String kind, String text) {
        this.orderId = orderId;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.kind = kind;
        this.text = text.length() > 2000 ? text.substring(0, 1999) + "…" : text;
    }

    long orderId() {
        return orderId;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getKind() {
        return kind;
    }

    public String getText() {
        return text;
    }
}
