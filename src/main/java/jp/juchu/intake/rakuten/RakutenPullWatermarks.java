package jp.juchu.intake.rakuten;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import jp.juchu.shop.ShopDeleting;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Per shop, the end of the last successful pull (read by {@link jp.juchu.intake.RakutenOrderPulls} for the screen). A pull asks from (watermark − overlap) to now, or from
 * {@code initialDays} back for a shop never pulled; registration is idempotent, so the overlap is harmless.
 */
@Component
public class RakutenPullWatermarks {

    private final RakutenPullWatermarkRepository repository;
    private final RakutenPullProperties properties;
    private final Clock clock;

    RakutenPullWatermarks(RakutenPullWatermarkRepository repository, RakutenPullProperties properties, Clock clock) {
        this.repository = repository;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<Instant> pulledUntil(long shopId) {
        return repository.findByShopId(shopId).map(RakutenPullWatermark::pulledUntil);
    }

    @Transactional(readOnly = true)
    public PullWindow windowFor(long shopId, Instant now) {
        Instant from = pulledUntil(shopId).map(until -> until.minus(properties.overlap()))
                .orElse(now.minus(Duration.ofDays(properties.initialDays())));
        return new PullWindow(from.isAfter(now) ? now : from, now);
    }

    @Transactional
    public void advance(long shopId, Instant until, long jobId) {
        repository.findByShopId(shopId).ifPresentOrElse(
                watermark -> watermark.advanceTo(until, jobId, clock.instant()),
                () -> repository.save(new RakutenPullWatermark(shopId, until, jobId, clock.instant())));
    }

    @EventListener
    void on(ShopDeleting event) {
        repository.deleteByShopId(event.shopId());
    }
}
