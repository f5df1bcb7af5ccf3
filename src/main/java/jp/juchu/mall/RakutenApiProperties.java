package jp.juchu.mall;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the 楽天ペイ受注API client ({@code juchu.mall.rakuten.*}).
 *
 * @param baseUrl        RMS WEB SERVICE root; the paths {@code /es/2.0/order/…} are appended
 * @param maxAttempts    tries per call for 429 / 5xx / connection failures (1 = no retry)
 * @param backoff        wait before the second try; doubled for each further try
 * @param maxBackoff     upper bound of one wait
 * @param pageSize       searchOrder {@code requestRecordsAmount} (the API allows at most 1000)
 * @param orderVersion   getOrder {@code version} (7 = SKU対応)
 * @param connectTimeout HTTP connect timeout
 * @param readTimeout    HTTP read timeout
 */
@ConfigurationProperties("juchu.mall.rakuten")
public record RakutenApiProperties(String baseUrl, Integer maxAttempts, Duration backoff, Duration maxBackoff,
        Integer pageSize, Integer orderVersion, Duration connectTimeout, Duration readTimeout) {

    public static final String DEFAULT_BASE_URL = "https://api.rms.rakuten.co.jp";

    public RakutenApiProperties {
        baseUrl = baseUrl == null || baseUrl.isBlank() ? DEFAULT_BASE_URL : baseUrl;
        maxAttempts = maxAttempts == null ? 3 : Math.max(1, maxAttempts);
        backoff = backoff == null ? Duration.ofSeconds(1) : backoff;
        maxBackoff = maxBackoff == null ? Duration.ofSeconds(10) : maxBackoff;
        pageSize = pageSize == null ? 1000 : Math.min(1000, Math.max(1, pageSize));
        orderVersion = orderVersion == null ? 7 : orderVersion;
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(10) : connectTimeout;
        readTimeout = readTimeout == null ? Duration.ofSeconds(60) : readTimeout;
    }

    Duration waitBefore(int attempt) {
        long millis = backoff.toMillis() << Math.min(attempt - 2, 20);
        return Duration.ofMillis(Math.min(millis, maxBackoff.toMillis()));
    }
}
