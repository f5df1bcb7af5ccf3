package jp.juchu.intake.rakuten;

import java.util.List;
import jp.juchu.intake.RakutenOrderPulls;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** The scheduled pull; off with {@code juchu.intake.rakuten-pull.enabled=false}. */
@Component
@ConditionalOnProperty(prefix = "juchu.intake.rakuten-pull", name = "enabled", havingValue = "true", matchIfMissing = true)
class RakutenPullSchedule {

    private static final Logger log = LoggerFactory.getLogger(RakutenPullSchedule.class);

    private final RakutenOrderPulls pulls;

    RakutenPullSchedule(RakutenOrderPulls pulls) {
        this.pulls = pulls;
    }

    @Scheduled(initialDelayString = "${juchu.intake.rakuten-pull.initial-delay:1m}",
            fixedDelayString = "${juchu.intake.rakuten-pull.interval:15m}")
    void pullAllShops() {
        List<Long> jobs = pulls.submitForAllShops();
        if (!jobs.isEmpty()) {
            log.info("Scheduled 楽天ペイ受注API pulls started: jobs {}", jobs);
        }
    }
}
