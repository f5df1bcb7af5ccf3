package jp.juchu.mall;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import feign.Logger;
import feign.Request;
import feign.Retryer;
import feign.codec.ErrorDecoder;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.springframework.context.annotation.Bean;

/** Feign settings of the SP-API Orders client only: no retries (the process retries), no logging (access token). */
class AmazonFeignConfiguration {

    @Bean
    Retryer amazonRetryer() {
        return Retryer.NEVER_RETRY;
    }

    @Bean
    Logger.Level amazonLoggerLevel() {
        return Logger.Level.NONE;
    }

    @Bean
    Request.Options amazonRequestOptions(AmazonApiProperties properties) {
        return new Request.Options(properties.connectTimeout().toMillis(), TimeUnit.MILLISECONDS,
                properties.readTimeout().toMillis(), TimeUnit.MILLISECONDS, true);
    }

    /** SP-API errors: {@code {"errors":[{"code","message","details"}]}}. */
    @Bean
    ErrorDecoder amazonErrorDecoder(ObjectMapper json) {
        return (methodKey, response) -> {
            List<String> reasons = new ArrayList<>();
            try {
                JsonNode errors = json.readTree(MallHttpErrors.body(response)).path("errors");
                for (JsonNode error : errors) {
                    if (reasons.size() < 5) {
                        String details = error.path("details").asText("");
                        reasons.add("[" + error.path("code").asText("") + "] " + error.path("message").asText("")
                                + (details.isBlank() ? "" : " " + details));
                    }
                }
            } catch (Exception unreadable) {
                // no JSON body: the status decides
            }
            return MallHttpErrors.of(AmazonShipping.SERVICE, response.status(), String.join(" / ", reasons),
                    AmazonShipping.CREDENTIAL_HINT);
        };
    }
}
