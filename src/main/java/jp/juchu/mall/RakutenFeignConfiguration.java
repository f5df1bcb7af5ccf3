package jp.juchu.mall;

import com.fasterxml.jackson.databind.ObjectMapper;
import feign.Logger;
import feign.Request;
import feign.Retryer;
import feign.codec.ErrorDecoder;
import java.util.concurrent.TimeUnit;
import org.springframework.context.annotation.Bean;

/**
 * Feign settings of the 楽天 client only (deliberately not a {@code @Configuration}, so it does not leak
 * into other Feign clients): no Feign-level retries and no request logging (the Authorization header
 * carries the credentials); retries with back-off are done by {@link RakutenPayOrders}.
 */
class RakutenFeignConfiguration {

    @Bean
    Retryer rakutenRetryer() {
        return Retryer.NEVER_RETRY;
    }

    @Bean
    Logger.Level rakutenLoggerLevel() {
        return Logger.Level.NONE;
    }

    @Bean
    Request.Options rakutenRequestOptions(RakutenApiProperties properties) {
        return new Request.Options(properties.connectTimeout().toMillis(), TimeUnit.MILLISECONDS,
                properties.readTimeout().toMillis(), TimeUnit.MILLISECONDS, true);
    }

    @Bean
    ErrorDecoder rakutenErrorDecoder(ObjectMapper json) {
        return new RakutenErrorDecoder(json);
    }
}
