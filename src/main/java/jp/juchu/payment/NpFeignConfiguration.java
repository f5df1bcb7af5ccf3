package jp.juchu.payment;

import com.fasterxml.jackson.databind.ObjectMapper;
import feign.Logger;
import feign.Request;
import feign.Retryer;
import feign.codec.ErrorDecoder;
import java.util.concurrent.TimeUnit;
import org.springframework.context.annotation.Bean;

/**
 * Feign settings of the NP後払い client only (not a {@code @Configuration}, so nothing leaks into other
 * clients): no Feign retries (done with back-off by {@link NpAtobaraiClient}), no request logging (the
 * Authorization header carries the SPコード).
 */
class NpFeignConfiguration {

    @Bean
    Retryer npAtobaraiRetryer() {
        return Retryer.NEVER_RETRY;
    }

    @Bean
    Logger.Level npAtobaraiLoggerLevel() {
        return Logger.Level.NONE;
    }

    @Bean
    Request.Options npAtobaraiRequestOptions(NpAtobaraiProperties properties) {
        return new Request.Options(properties.connectTimeout().toMillis(), TimeUnit.MILLISECONDS,
                properties.readTimeout().toMillis(), TimeUnit.MILLISECONDS, true);
    }

    @Bean
    ErrorDecoder npAtobaraiErrorDecoder(ObjectMapper json) {
        return new NpErrorDecoder(json);
    }
}
