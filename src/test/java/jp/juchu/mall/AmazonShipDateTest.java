package jp.juchu.mall;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class AmazonShipDateTest {

    private static final Clock NOW = Clock.fixed(Instant.parse("2025-05-07T06:30:00Z"), ZoneId.of("Asia/Tokyo"));
    private final AmazonShipping amazon = new AmazonShipping(null, null, null, null,
            new AmazonApiProperties(null, null, null, null, null), NOW);

    @Test
    void aPastShipDayIsNoonJapanTime() {
        assertThat(amazon.shipDate(LocalDate.of(2025, 5, 6), "2025-05-05T10:00:00Z")).isEqualTo("2025-05-06T03:00:00Z");
    }

    @Test
    void neverInTheFuture() {
        assertThat(amazon.shipDate(LocalDate.of(2025, 5, 8), null)).isEqualTo("2025-05-07T06:30:00Z");
        assertThat(amazon.shipDate(null, null)).isEqualTo("2025-05-07T03:00:00Z");
    }

    @Test
    void neverBeforeTheOrderWasPlaced() {
        assertThat(amazon.shipDate(LocalDate.of(2025, 5, 7), "2025-05-07T05:00:00Z")).isEqualTo("2025-05-07T05:01:00Z");
        assertThat(amazon.shipDate(LocalDate.of(2025, 5, 7), "2025-05-07T06:29:30+00:00")).isEqualTo("2025-05-07T06:30:00Z");
    }

    @Test
    void theDefaultsAreTheRealHosts() {
        AmazonApiProperties amazonDefaults = new AmazonApiProperties(null, null, null, null, null);
        YahooApiProperties yahooDefaults = new YahooApiProperties(null, null, null, null);

        assertThat(amazonDefaults.baseUrl()).isEqualTo("https://sellingpartnerapi-fe.amazon.com");
        assertThat(amazonDefaults.lwaUrl()).isEqualTo("https://api.amazon.com");
        assertThat(amazonDefaults.marketplaceId()).isEqualTo("A1VC38T7YXB528");
        assertThat(yahooDefaults.baseUrl()).isEqualTo("https://circus.shopping.yahooapis.jp/ShoppingWebService/V1");
        assertThat(yahooDefaults.authUrl()).isEqualTo("https://auth.login.yahoo.co.jp");
    }
}
