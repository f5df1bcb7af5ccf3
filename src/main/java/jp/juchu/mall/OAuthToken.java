package jp.juchu.mall;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The answer of an OAuth 2.0 token endpoint (YConnect v2, Login with Amazon). */
@JsonIgnoreProperties(ignoreUnknown = true)
record OAuthToken(@JsonProperty("access_token") String accessToken, @JsonProperty("token_type") String tokenType,
                  @JsonProperty("expires_in") Long expiresIn) {

    AccessTokens.Grant grant(String service) {
        if (accessToken == null || accessToken.isBlank()) {
            throw new MallApiException(MallApiException.Kind.AUTHENTICATION, 200, service + "がアクセストークンを返しませんでした");
        }
        return new AccessTokens.Grant(accessToken, expiresIn);
    }

    @Override
    public String toString() {
        return "OAuthToken[tokenType=" + tokenType + ", expiresIn=" + expiresIn + "]";
    }
}
