package jp.juchu.engine.runtime;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import jp.juchu.engine.ConditionalOnEmbeddedEngine;
import jp.juchu.engine.feel.FeelEvaluator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** FEEL reads the engine clock, so {@code now()} follows a pinned clock like timers do. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnEmbeddedEngine
class EngineBeans {

    @Bean
    FeelEvaluator engineFeel(EngineClock engineClock, Clock appClock) {
        return new FeelEvaluator(new EngineClockView(engineClock, appClock.getZone()));
    }

    private static final class EngineClockView extends Clock {

        private final EngineClock clock;
        private final ZoneId zone;

        EngineClockView(EngineClock clock, ZoneId zone) {
            this.clock = clock;
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new EngineClockView(clock, other);
        }

        @Override
        public Instant instant() {
            return clock.instant();
        }
    }
}
