package jp.juchu.payment;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the NP後払い REST API client ({@code juchu.payment.np-atobarai.*}); the credentials are
 * not here but in the 後払い設定 (stored sealed).
 *
 * @param baseUrl              API root including {@code /v1}; {@code /transactions} etc. are appended
 *                             (sandbox: https://ctcp.np-payment-gateway.com/v1)
 * @param maxAttempts          tries per call for 429 / 5xx / connection failures (1 = no retry)
 * @param backoff              wait before the second try; doubled for each further try
 * @param maxBackoff           upper bound of one wait
 * @param connectTimeout       HTTP connect timeout
 * @param readTimeout          HTTP read timeout
 * @param duplicateErrorCodes  NP error codes meaning "a transaction with this 加盟店取引ID already exists"
 *                             (the answer to a re-sent registration whose first answer was lost). NP documents
 *                             such a 二重登録 check (same 加盟店取引ID and amount within a month) but the code is
 *                             not verified here: set it from NP's error code list
 * @param goneErrorCodes       NP error codes of a cancellation that mean "nothing left to cancel"
 *                             (E0100118 already cancelled, E0100113 no such transaction)
 */
@ConfigurationProperties("juchu.payment.np-atobarai")
public record NpAtobaraiProperties(String baseUrl, Integer maxAttempts, Duration backoff, Duration maxBackoff,
                                   Duration connectTimeout, Duration readTimeout, List<String> duplicateErrorCodes,
                                   List<String> goneErrorCodes) {

    public static final String DEFAULT_BASE_URL = "https://cp.np-payment-gateway.com/v1";

    public NpAtobaraiProperties {
        baseUrl = baseUrl == null || baseUrl.isBlank() ? DEFAULT_BASE_URL : baseUrl;
        maxAttempts = maxAttempts == null ? 3 : Math.max(1, maxAttempts);
        backoff = backoff == null ? Duration.ofMillis(500) : backoff;
        maxBackoff = maxBackoff == null ? Duration.ofSeconds(10) : maxBackoff;
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(10) : connectTimeout;
        readTimeout = readTimeout == null ? Duration.ofSeconds(30) : readTimeout;
        duplicateErrorCodes = duplicateErrorCodes == null ? List.of() : List.copyOf(duplicateErrorCodes);
        goneErrorCodes = goneErrorCodes == null ? List.of("E0100118", "E0100113") : List.copyOf(goneErrorCodes);
    }

    Duration waitBefore(int attempt) {
        long millis = backoff.toMillis() << Math.min(attempt - 2, 20);
        return Duration.ofMillis(Math.min(millis, maxBackoff.toMillis()));
    }
}
