package jp.juchu.mall;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * OAuth access tokens (YConnect, Login with Amazon) kept in memory until shortly before they expire, so a
 * refresh-token grant is made once an hour per shop rather than once per call. The key includes a hash of the
 * refresh token: new credentials in the shop settings get a new token at once. Never logs a token.
 */
@Component
class AccessTokens {

    /** A token is renewed this long before the expiry the server announced. */
    static final Duration MARGIN = Duration.ofSeconds(60);
    private static final long DEFAULT_LIFETIME_SECONDS = 3600;

    private final Clock clock;
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();
    private final Map<String, Object> locks = new ConcurrentHashMap<>();

    AccessTokens(Clock clock) {
        this.clock = clock;
    }

    /** A granted access token and its lifetime in seconds ({@code expires_in}, {@code null} = one hour). */
    record Grant(String accessToken, Long expiresIn) {
    }

    private record Token(String value, Instant renewAt) {
    }

    static String key(String mall, String shopCode, String clientId, String refreshToken) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((clientId + "\n" + refreshToken).getBytes(StandardCharsets.UTF_8));
            return mall + ":" + shopCode + ":" + HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The cached token for {@code key}, or a new one from {@code grant} (one grant at a time per key). */
    String get(String key, Supplier<Grant> grant) {
        Token current = tokens.get(key);
        if (current != null && clock.instant().isBefore(current.renewAt())) {
            return current.value();
        }
        synchronized (locks.computeIfAbsent(key, k -> new Object())) {
            current = tokens.get(key);
            if (current != null && clock.instant().isBefore(current.renewAt())) {
                return current.value();
            }
            Grant granted = grant.get();
            long lifetime = granted.expiresIn() == null || granted.expiresIn() <= 0 ? DEFAULT_LIFETIME_SECONDS : granted.expiresIn();
            Instant renewAt = clock.instant().plusSeconds(lifetime).minus(MARGIN);
            tokens.put(key, new Token(granted.accessToken(), renewAt));
            return granted.accessToken();
        }
    }

    /** Forgets {@code value} (the mall refused it), unless another thread has already replaced it. */
    void invalidate(String key, String value) {
        tokens.computeIfPresent(key, (k, token) -> token.value().equals(value) ? null : token);
    }
}
