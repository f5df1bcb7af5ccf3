package jp.juchu.mall;

/**
 * A mall API call that did not succeed, with a Japanese message for the operator (never containing
 * credentials). {@link #retryable()} tells whether the same call may succeed later.
 */
public class MallApiException extends RuntimeException {

    /** Why the call failed. */
    public enum Kind {
        /** The shop has no (complete) API credentials. */
        NOT_CONFIGURED(false),
        /** The 楽天 licenseKey has expired; no call was made. */
        LICENSE_EXPIRED(false),
        /** HTTP 401/403: credentials wrong or access not allowed. */
        AUTHENTICATION(false),
        /** HTTP 429: request limit reached. */
        RATE_LIMITED(true),
        /** HTTP 503: maintenance or temporarily unavailable. */
        UNAVAILABLE(true),
        /** Other HTTP 5xx. */
        SERVER_ERROR(true),
        /** Network failure or timeout. */
        CONNECTION(true),
        /** The mall answered with ERROR messages (bad request, unknown order …). */
        REJECTED(false);

        private final boolean retryable;

        Kind(boolean retryable) {
            this.retryable = retryable;
        }
    }

    private final Kind kind;
    private final int httpStatus;

    public MallApiException(Kind kind, int httpStatus, String message) {
        super(message);
        this.kind = kind;
        this.httpStatus = httpStatus;
    }

    public Kind kind() {
        return kind;
    }

    /** The HTTP status, 0 when no response was received. */
    public int httpStatus() {
        return httpStatus;
    }

    public boolean retryable() {
        return kind.retryable;
    }

    MallApiException afterAttempts(int attempts) {
        return attempts <= 1 ? this
                : new MallApiException(kind, httpStatus, getMessage() + "（" + attempts + "回試行しました）");
    }
}
