package jp.juchu.mall;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import feign.Response;
import feign.codec.ErrorDecoder;
import java.util.Set;

/**
 * Errors of an OAuth 2.0 token endpoint: a refused refresh token or client ({@code invalid_grant},
 * {@code invalid_client}, …) is an AUTHENTICATION failure that no retry repairs.
 */
final class TokenErrorDecoder implements ErrorDecoder {

    private static final Set<String> REFUSALS = Set.of("invalid_grant", "invalid_client", "unauthorized_client", "invalid_request");

    private final ObjectMapper json;
    private final String service;
    private final String credentialHint;

    TokenErrorDecoder(ObjectMapper json, String service, String credentialHint) {
        this.json = json;
        this.service = service;
        this.credentialHint = credentialHint;
    }

    @Override
    public Exception decode(String methodKey, Response response) {
        String error = "";
        String description = "";
        try {
            JsonNode body = json.readTree(MallHttpErrors.body(response));
            error = body == null ? "" : body.path("error").asText("");
            description = body == null ? "" : body.path("error_description").asText("");
        } catch (Exception unreadable) {
            // no JSON body: the status decides
        }
        String detail = error.isEmpty() ? description : error + (description.isEmpty() ? "" : " " + description);
        if (response.status() < 500 && REFUSALS.contains(error)) {
            return new MallApiException(MallApiException.Kind.AUTHENTICATION, response.status(),
                    service + "でアクセストークンを取得できません（" + detail + "）。" + credentialHint);
        }
        return MallHttpErrors.of(service + "（トークン取得）", response.status(), detail, credentialHint);
    }
}
