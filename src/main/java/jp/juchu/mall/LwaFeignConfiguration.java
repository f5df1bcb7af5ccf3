package jp.juchu.mall;

import com.fasterxml.jackson.databind.ObjectMapper;
import feign.Logger;
import feign.Request;
import feign.Retryer;
import feign.codec.ErrorDecoder;
import java.util.concurrent.TimeUnit;
import org.springframework.context.annotation.Bean;

/** Feign settings of the Login with Amazon token client only: no retries, no logging (client secret, refresh token). */
class LwaFeignConfiguration {

    @Bean
    Retryer lwaRetryer() {
        return Retryer.NEVER_RETRY;
    }

    @Bean
    Logger.Level lwaLoggerLevel() {
        return Logger.Level.NONE;
    }

    @Bean
    Request.Options lwaRequestOptions(AmazonApiProperties properties) {
        return new Request.Options(properties.connectTimeout().toMillis(), TimeUnit.MILLISECONDS,
                properties.readTimeout().toMillis(), TimeUnit.MILLISECONDS, true);
    }

    @Bean
    ErrorDecoder lwaErrorDecoder(ObjectMapper json) {
        return new TokenErrorDecoder(json, "Login with Amazon", AmazonShipping.CREDENTIAL_HINT);
    }
}
