package jp.juchu.core;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the application, in Japan time: business dates (出荷日, 注文日) are Japanese dates. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.system(JAPAN);
    }
}
