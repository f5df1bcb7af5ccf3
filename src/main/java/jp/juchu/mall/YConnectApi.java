package jp.juchu.mall;

import java.util.Map;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/** YConnect v2 token endpoint (Yahoo! ID連携): refresh-token grant for the Shopping API. */
@FeignClient(name = "yahoo-yconnect", url = "${juchu.mall.yahoo.auth-url:" + YahooApiProperties.DEFAULT_AUTH_URL + "}",
        configuration = YConnectFeignConfiguration.class)
interface YConnectApi {

    /** Form fields grant_type, client_id, client_secret, refresh_token. */
    @PostMapping(value = "/yconnect/v2/token", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    OAuthToken token(@RequestBody Map<String, ?> form);
}
