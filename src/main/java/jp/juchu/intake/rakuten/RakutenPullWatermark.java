package jp.juchu.intake.rakuten;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Up to when (注文日時) a shop's orders have been pulled successfully. Only ever moves forward. */
@Entity
@Table(name = "rakuten_pull_watermark")
class RakutenPullWatermark {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "shop_id", nullable = false)
    private long shopId;

    @Column(name = "pulled_until", nullable = false)
    private Instant pulledUntil;

    @Column(name = "last_job_id")
    private Long lastJobId;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected RakutenPullWatermark() {
    }

    RakutenPullWatermark(long shopId, Instant pulledUntil, long jobId, Instant now) {
        this.shopId = shopId;
        this.pulledUntil = pulledUntil;
        this.lastJobId = jobId;
        this.updatedAt = now;
    }

    Instant pulledUntil() {
        return pulledUntil;
    }

    void advanceTo(Instant until, long jobId, Instant now) {
        if (until.isAfter(pulledUntil)) {
            pulledUntil = until;
            lastJobId = jobId;
            updatedAt = now;
        }
    }
}
