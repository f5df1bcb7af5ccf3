package jp.juchu.intake.rakuten;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code juchu.intake.rakuten-pull.*}: the scheduled 楽天ペイ受注API pull.
 *
 * @param enabled     run the scheduled pull (on-demand pulls work either way)
 * @param interval    time between two scheduled pulls
 * @param overlap     each pull starts this long before the watermark, so late-appearing orders are not missed
 * @param initialDays how far back the first pull of a shop reaches
 */
@ConfigurationProperties("juchu.intake.rakuten-pull")
record RakutenPullProperties(Boolean enabled, Duration interval, Duration overlap, Integer initialDays) {

    RakutenPullProperties {
        enabled = enabled == null || enabled;
        interval = interval == null ? Duration.ofMinutes(15) : interval;
        overlap = overlap == null ? Duration.ofMinutes(10) : overlap;
        initialDays = initialDays == null ? 3 : Math.max(1, initialDays);
    }
}
