package jp.juchu.mall;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the Yahoo!ショッピング clients ({@code juchu.mall.yahoo.*}).
 *
 * @param baseUrl        Shopping Web Service root; {@code /orderShipStatusChange} etc. are appended
 * @param authUrl        YConnect root; {@code /yconnect/v2/token} is appended
 * @param connectTimeout HTTP connect timeout
 * @param readTimeout    HTTP read timeout
 */
@ConfigurationProperties("juchu.mall.yahoo")
public record YahooApiProperties(String baseUrl, String authUrl, Duration connectTimeout, Duration readTimeout) {

    public static final String DEFAULT_BASE_URL = "https://circus.shopping.yahooapis.jp/ShoppingWebService/V1";
    public static final String DEFAULT_AUTH_URL = "https://auth.login.yahoo.co.jp";

    public YahooApiProperties {
        baseUrl = baseUrl == null || baseUrl.isBlank() ? DEFAULT_BASE_URL : baseUrl;
        authUrl = authUrl == null || authUrl.isBlank() ? DEFAULT_AUTH_URL : authUrl;
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(10) : connectTimeout;
        readTimeout = readTimeout == null ? Duration.ofSeconds(60) : readTimeout;
    }
}
