package jp.juchu.payment;

import com.fasterxml.jackson.databind.ObjectMapper;
import feign.Response;
import feign.codec.ErrorDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/** Reads NP's {@code {"errors":[{"codes":[…],"id":…}]}} of an error answer into an {@link NpApiException}. */
final class NpErrorDecoder implements ErrorDecoder {

    private static final int BODY_LIMIT = 64 * 1024;

    private final ObjectMapper json;

    NpErrorDecoder(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public Exception decode(String methodKey, Response response) {
        return new NpApiException(response.status(), codes(response));
    }

    private List<String> codes(Response response) {
        if (response.body() == null) {
            return List.of();
        }
        try (InputStream in = response.body().asInputStream()) {
            NpAtobaraiApi.Response body = json.readValue(in.readNBytes(BODY_LIMIT), NpAtobaraiApi.Response.class);
            return body.errors().stream().flatMap(e -> e.codes().stream()).distinct().toList();
        } catch (IOException | RuntimeException unreadable) {
            return List.of();
        }
    }
}
