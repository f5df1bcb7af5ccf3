package jp.juchu.mall;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class AccessTokensTest {

    private final MovableClock clock = new MovableClock();
    private final AccessTokens tokens = new AccessTokens(clock);
    private final AtomicInteger grants = new AtomicInteger();

    @Test
    void aTokenIsReusedUntilShortlyBeforeItExpires() {
        String key = AccessTokens.key("YAHOO", "shop", "client", "refresh");

        assertThat(tokens.get(key, this::grant)).isEqualTo("token-1");
        clock.advance(Duration.ofSeconds(3600).minus(AccessTokens.MARGIN).minusSeconds(1));
        assertThat(tokens.get(key, this::grant)).isEqualTo("token-1");
        clock.advance(Duration.ofSeconds(1));
        assertThat(tokens.get(key, this::grant)).isEqualTo("token-2");
        assertThat(grants).hasValue(2);
    }

    @Test
    void anInvalidatedTokenIsGrantedAgainButOnlyIfItIsStillTheCurrentOne() {
        String key = AccessTokens.key("AMAZON", "shop", "client", "refresh");
        String first = tokens.get(key, this::grant);

        tokens.invalidate(key, "some-older-token");
        assertThat(tokens.get(key, this::grant)).isEqualTo(first);
        tokens.invalidate(key, first);
        assertThat(tokens.get(key, this::grant)).isEqualTo("token-2");
    }

    @Test
    void newCredentialsOfTheSameShopGetTheirOwnToken() {
        assertThat(AccessTokens.key("YAHOO", "shop", "client", "refresh"))
                .isNotEqualTo(AccessTokens.key("YAHOO", "shop", "client", "refresh-2"))
                .isNotEqualTo(AccessTokens.key("YAHOO", "shop-2", "client", "refresh"))
                .doesNotContain("refresh");
    }

    private AccessTokens.Grant grant() {
        return new AccessTokens.Grant("token-" + grants.incrementAndGet(), 3600L);
    }

    private static final class MovableClock extends Clock {

        private Instant now = Instant.parse("2025-05-07T00:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Asia/Tokyo");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
