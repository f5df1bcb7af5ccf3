package jp.juchu.payment;

import java.util.List;

/** An HTTP error answer of NP後払い with its error codes (turned into our exceptions by {@link NpAtobaraiClient}). */
final class NpApiException extends RuntimeException {

    private final int status;
    private final List<String> codes;

    NpApiException(int status, List<String> codes) {
        super("NP後払い HTTP " + status + " " + codes);
        this.status = status;
        this.codes = List.copyOf(codes);
    }

    int status() {
        return status;
    }

    List<String> codes() {
        return codes;
    }

    boolean retryable() {
        return status == 429 || status >= 500;
    }
}
