package jp.juchu.payment;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** NP後払い 加盟店コード, SPコード and 端末ID, decrypted for one call. {@link #toString()} hides them. */
record NpCredentials(String merchantCode, String spCode, String terminalId) {

    String authorization() {
        return "Basic " + Base64.getEncoder().encodeToString((merchantCode + ":" + spCode).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "NpCredentials[merchantCode=" + merchantCode + ", spCode=(hidden), terminalId=(hidden)]";
    }
}
