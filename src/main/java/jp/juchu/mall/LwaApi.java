package jp.juchu.mall;

import java.util.Map;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/** Login with Amazon token endpoint: refresh-token grant for the Selling Partner API. */
@FeignClient(name = "amazon-lwa", url = "${juchu.mall.amazon.lwa-url:" + AmazonApiProperties.DEFAULT_LWA_URL + "}",
        configuration = LwaFeignConfiguration.class)
interface LwaApi {

    /** Form fields grant_type, client_id, client_secret, refresh_token. */
    @PostMapping(value = "/auth/o2/token", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    OAuthToken token(@RequestBody Map<String, ?> form);
}
