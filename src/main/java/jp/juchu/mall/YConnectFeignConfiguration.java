package jp.juchu.mall;

import com.fasterxml.jackson.databind.ObjectMapper;
import feign.Logger;
import feign.Request;
import feign.Retryer;
import feign.codec.ErrorDecoder;
import java.util.concurrent.TimeUnit;
import org.springframework.context.annotation.Bean;

/** Feign settings of the YConnect token client only: no retries, no logging (client secret, refresh token). */
class YConnectFeignConfiguration {

    @Bean
    Retryer yconnectRetryer() {
        return Retryer.NEVER_RETRY;
    }

    @Bean
    Logger.Level yconnectLoggerLevel() {
        return Logger.Level.NONE;
    }

    @Bean
    Request.Options yconnectRequestOptions(YahooApiProperties properties) {
        return new Request.Options(properties.connectTimeout().toMillis(), TimeUnit.MILLISECONDS,
                properties.readTimeout().toMillis(), TimeUnit.MILLISECONDS, true);
    }

    @Bean
    ErrorDecoder yconnectErrorDecoder(ObjectMapper json) {
        return new TokenErrorDecoder(json, "Yahoo! ID連携（YConnect）", YahooShopping.CREDENTIAL_HINT);
    }
}
