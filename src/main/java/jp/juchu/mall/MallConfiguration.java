package jp.juchu.mall;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.openfeign.EnableFeignClients;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableFeignClients(clients = {RakutenPayOrderApi.class, YahooShoppingApi.class, YConnectApi.class, AmazonOrdersApi.class,
        LwaApi.class})
@EnableConfigurationProperties({RakutenApiProperties.class, YahooApiProperties.class, AmazonApiProperties.class})
class MallConfiguration {
}
