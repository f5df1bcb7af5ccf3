package jp.juchu.mall;

import com.fasterxml.jackson.databind.ObjectMapper;
import feign.Response;
import feign.codec.ErrorDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.stream.Collectors;

/** Turns RMS error responses into {@link MallApiException}s with Japanese messages. */
final class RakutenErrorDecoder implements ErrorDecoder {

    private static final int BODY_LIMIT = 64 * 1024;

    private final ObjectMapper json;

    RakutenErrorDecoder(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public Exception decode(String methodKey, Response response) {
        return exception(response.status(), messages(response));
    }

    static MallApiException exception(int status, List<RakutenMessage> errors) {
        String detail = errors.isEmpty() ? "" : "：" + describe(errors);
        if (status == 401) {
            return new MallApiException(MallApiException.Kind.AUTHENTICATION, status,
                    "楽天RMSの認証に失敗しました（HTTP 401）。ショップ設定の serviceSecret / licenseKey を確認してください" + detail);
        }
        if (status == 403) {
            return new MallApiException(MallApiException.Kind.AUTHENTICATION, status,
                    "楽天RMSへのアクセスが拒否されました（HTTP 403）。RMSのWEB API利用設定と許可IPを確認してください" + detail);
        }
        if (status == 429) {
            return new MallApiException(MallApiException.Kind.RATE_LIMITED, status,
                    "楽天RMSのリクエスト数の上限に達しました（HTTP 429）。しばらくしてから再実行してください" + detail);
        }
        if (status == 503) {
            return new MallApiException(MallApiException.Kind.UNAVAILABLE, status,
                    "楽天RMSがメンテナンス中または一時的に利用できません（HTTP 503）。しばらくしてから再実行してください" + detail);
        }
        if (status >= 500) {
            return new MallApiException(MallApiException.Kind.SERVER_ERROR, status,
                    "楽天RMSでエラーが発生しました（HTTP " + status + "）" + detail);
        }
        return new MallApiException(MallApiException.Kind.REJECTED, status,
                "楽天RMSがリクエストを受け付けませんでした（HTTP " + status + "）" + detail);
    }

    static String describe(List<RakutenMessage> errors) {
        return errors.stream().limit(5).map(RakutenMessage::toString).collect(Collectors.joining(" / "));
    }

    private List<RakutenMessage> messages(Response response) {
        if (response.body() == null) {
            return List.of();
        }
        try (InputStream in = response.body().asInputStream()) {
            byte[] body = in.readNBytes(BODY_LIMIT);
            return json.readValue(body, RakutenApiMessages.class).errors();
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }
}
