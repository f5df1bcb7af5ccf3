package jp.juchu.mall;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the Amazon Selling Partner API clients ({@code juchu.mall.amazon.*}).
 *
 * @param baseUrl        SP-API endpoint of the region (Far East for Amazon.co.jp)
 * @param lwaUrl         Login with Amazon root; {@code /auth/o2/token} is appended
 * @param marketplaceId  marketplace used when the shop's credentials name none (Amazon.co.jp)
 * @param connectTimeout HTTP connect timeout
 * @param readTimeout    HTTP read timeout
 */
@ConfigurationProperties("juchu.mall.amazon")
public record AmazonApiProperties(String baseUrl, String lwaUrl, String marketplaceId, Duration connectTimeout,
                                  Duration readTimeout) {

    public static final String DEFAULT_BASE_URL = "https://sellingpartnerapi-fe.amazon.com";
    public static final String DEFAULT_LWA_URL = "https://api.amazon.com";
    /** Amazon.co.jp. */
    public static final String JAPAN_MARKETPLACE = "A1VC38T7YXB528";

    public AmazonApiProperties {
        baseUrl = baseUrl == null || baseUrl.isBlank() ? DEFAULT_BASE_URL : baseUrl;
        lwaUrl = lwaUrl == null || lwaUrl.isBlank() ? DEFAULT_LWA_URL : lwaUrl;
        marketplaceId = marketplaceId == null || marketplaceId.isBlank() ? JAPAN_MARKETPLACE : marketplaceId;
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(10) : connectTimeout;
        readTimeout = readTimeout == null ? Duration.ofSeconds(60) : readTimeout;
    }
}
