package jp.juchu.mall;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * Yahoo!ショッピング Shopping Web Service (order API, XML in and out) as Feign sees it; use {@link YahooShopping}.
 * Bodies are built and read by {@link YahooXml}.
 */
@FeignClient(name = "yahoo-shopping", url = "${juchu.mall.yahoo.base-url:" + YahooApiProperties.DEFAULT_BASE_URL + "}",
        configuration = YahooFeignConfiguration.class)
interface YahooShoppingApi {

    String XML = MediaType.APPLICATION_XML_VALUE + ";charset=UTF-8";

    @PostMapping(value = "/orderInfo", consumes = XML, produces = MediaType.APPLICATION_XML_VALUE)
    String orderInfo(@RequestHeader("Authorization") String bearer, @RequestBody String request);

    @PostMapping(value = "/orderShipStatusChange", consumes = XML, produces = MediaType.APPLICATION_XML_VALUE)
    String orderShipStatusChange(@RequestHeader("Authorization") String bearer, @RequestBody String request);

    @PostMapping(value = "/orderStatusChange", consumes = XML, produces = MediaType.APPLICATION_XML_VALUE)
    String orderStatusChange(@RequestHeader("Authorization") String bearer, @RequestBody String request);
}
