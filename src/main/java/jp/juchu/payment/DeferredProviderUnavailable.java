package jp.juchu.payment;

/**
 * A 後払い provider could not be reached or answered with a technical error (HTTP 5xx, 429, timeout,
 * connection refused) or is not configured. Unchecked, so the calling job fails and is retried later.
 * The message is Japanese and never contains credentials.
 */
public class DeferredProviderUnavailable extends RuntimeException {

    private final boolean retryable;

    public DeferredProviderUnavailable(String message, boolean retryable) {
        super(message);
        this.retryable = retryable;
    }

    /** Whether the same call may succeed later without anyone changing anything (false: settings are missing or wrong). */
    public boolean retryable() {
        return retryable;
    }
}
