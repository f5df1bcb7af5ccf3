package jp.juchu.order;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/** An open check flag with the reason the check gave, in Japanese. */
@Embeddable
public record RaisedFlag(
        @Enumerated(EnumType.STRING) @Column(name = "flag", nullable = false, length = 40) CheckFlag flag,
        @Column(name = "reason", nullable = false, length = 500) String reason,
        @Column(name = "raised_at", nullable = false) Instant raisedAt) {
}
