package jp.juchu.mall;

import feign.FeignException;
import feign.Response;
import feign.RetryableException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/** HTTP outcomes of the Yahoo and Amazon clients as {@link MallApiException}s with Japanese messages. */
final class MallHttpErrors {

    private static final int BODY_LIMIT = 64 * 1024;

    private MallHttpErrors() {
    }

    /**
     * 401/403 → AUTHENTICATION, 429 → RATE_LIMITED, 503 → UNAVAILABLE, other 5xx → SERVER_ERROR, the rest (4xx) →
     * REJECTED with the mall's own reason.
     */
    static MallApiException of(String service, int status, String detail, String credentialHint) {
        String reason = detail == null || detail.isBlank() ? "" : "：" + detail;
        if (status == 401 || status == 403) {
            return new MallApiException(MallApiException.Kind.AUTHENTICATION, status,
                    service + "の認証に失敗しました（HTTP " + status + "）。" + credentialHint + reason);
        }
        if (status == 429) {
            return new MallApiException(MallApiException.Kind.RATE_LIMITED, status,
                    service + "のリクエスト数の上限に達しました（HTTP 429）。しばらくしてから再実行してください" + reason);
        }
        if (status == 503) {
            return new MallApiException(MallApiException.Kind.UNAVAILABLE, status,
                    service + "がメンテナンス中または一時的に利用できません（HTTP 503）" + reason);
        }
        if (status >= 500) {
            return new MallApiException(MallApiException.Kind.SERVER_ERROR, status,
                    service + "でエラーが発生しました（HTTP " + status + "）" + reason);
        }
        return new MallApiException(MallApiException.Kind.REJECTED, status,
                service + "がリクエストを受け付けませんでした（HTTP " + status + "）" + reason);
    }

    /** Runs one HTTP call: network failures and timeouts become CONNECTION, unreadable answers REJECTED. */
    static <T> T invoke(String service, String operation, Supplier<T> call) {
        try {
            return call.get();
        } catch (MallApiException e) {
            throw e;
        } catch (RetryableException e) {
            throw new MallApiException(MallApiException.Kind.CONNECTION, 0,
                    service + "に接続できません（" + operation + "）：" + e.getClass().getSimpleName());
        } catch (FeignException e) {
            throw new MallApiException(MallApiException.Kind.REJECTED, e.status(), service + "の応答を読めません（" + operation + "）");
        }
    }

    /** The start of a response body as text, empty when there is none or it cannot be read. */
    static String body(Response response) {
        if (response.body() == null) {
            return "";
        }
        try (InputStream in = response.body().asInputStream()) {
            return new String(in.readNBytes(BODY_LIMIT), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
