package jp.juchu.mall;

import feign.Logger;
import feign.Request;
import feign.Retryer;
import feign.codec.ErrorDecoder;
import java.util.concurrent.TimeUnit;
import org.springframework.context.annotation.Bean;

/**
 * Feign settings of the Yahoo!ショッピング client only (not a {@code @Configuration}, like
 * {@link RakutenFeignConfiguration}): no Feign retries (the process retries), no request logging (the bearer token).
 */
class YahooFeignConfiguration {

    @Bean
    Retryer yahooRetryer() {
        return Retryer.NEVER_RETRY;
    }

    @Bean
    Logger.Level yahooLoggerLevel() {
        return Logger.Level.NONE;
    }

    @Bean
    Request.Options yahooRequestOptions(YahooApiProperties properties) {
        return new Request.Options(properties.connectTimeout().toMillis(), TimeUnit.MILLISECONDS,
                properties.readTimeout().toMillis(), TimeUnit.MILLISECONDS, true);
    }

    @Bean
    ErrorDecoder yahooErrorDecoder() {
        return (methodKey, response) -> {
            YahooXml.Answer answer = YahooXml.read(MallHttpErrors.body(response));
            return MallHttpErrors.of(YahooShopping.SERVICE, response.status(), answer.error(), YahooShopping.CREDENTIAL_HINT);
        };
    }
}
